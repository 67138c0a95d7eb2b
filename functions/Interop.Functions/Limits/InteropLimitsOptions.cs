namespace Interop.Functions.Limits;

/// <summary>How much a request may ask of the host; bound from the <c>Interop:Limits</c> configuration section.</summary>
internal sealed class InteropLimitsOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Interop:Limits";

    /// <summary>The default largest request body: 10 MB.</summary>
    public const long DefaultMaxBodyBytes = 10 * 1024 * 1024;

    /// <summary>The default request timeout: 30 seconds.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The default sustained request rate per client.</summary>
    public const int DefaultPermitsPerSecond = 100;

    /// <summary>The default burst per client: requests a client may make at once after being idle.</summary>
    public const int DefaultBurst = 200;

    /// <summary>The largest request body in bytes; larger ones are answered 413 (HOST413). Default 10 MB.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>How long a request may run before it is cancelled and answered 503 (HOST503). Default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>Requests per second each client may make on average; more are answered 429 (HOST429). Default 100.</summary>
    public int PermitsPerSecond { get; set; } = DefaultPermitsPerSecond;

    /// <summary>Requests each client may make at once (the token bucket's size). Default 200.</summary>
    public int Burst { get; set; } = DefaultBurst;
}
