namespace Interop.Cli.Load;

/// <summary>The bounds <c>interop load</c> accepts, so a typo cannot open thousands of sockets.</summary>
internal static class LoadLimits
{
    /// <summary>The most copies one run sends.</summary>
    public const int MaxMessages = 1_000_000;

    /// <summary>The highest scheduled rate, in messages a second.</summary>
    public const double MaxRate = 100_000;

    /// <summary>The most requests in flight in concurrency mode.</summary>
    public const int MaxConcurrency = 1_024;

    /// <summary>The most connections the rate mode opens; later requests wait for one, and that wait counts as latency.</summary>
    public const int RateModeConnections = 256;
}
