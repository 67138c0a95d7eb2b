namespace Interop.Engine.Destinations;

/// <summary>One destination as configured: where to POST, what it speaks, whom it serves and how hard to try.</summary>
public sealed class DestinationOptions
{
    /// <summary>The stable id other configuration refers to, e.g. <c>gp-a81001</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>A name for people reading the console; defaults to the id.</summary>
    public string? Name { get; init; }

    /// <summary>The absolute http(s) URL to POST to: a FHIR base or a message endpoint.</summary>
    public string Url { get; init; } = "";

    /// <summary>The FHIR version the destination accepts: <c>R4</c> (default) or <c>STU3</c>.</summary>
    public string FhirVersion { get; init; } = "R4";

    /// <summary>The wire format the destination accepts: <c>json</c> (default) or <c>xml</c>.</summary>
    public string Format { get; init; } = "json";

    /// <summary>The ODS codes or DoS service ids this destination serves.</summary>
    public List<string> OdsCodes { get; init; } = [];

    /// <summary>What the destination is: gp-system, pharmacy-system, shared-care-record, sender-mailbox or other (default).</summary>
    public string Kind { get; init; } = "other";

    /// <summary>How requests authenticate; none by default.</summary>
    public DestinationAuthOptions Auth { get; init; } = new();

    /// <summary>How long one HTTP attempt may take; 10 seconds by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after transient failures.</summary>
    public DestinationRetryOptions Retry { get; init; } = new();

    /// <summary>The circuit breaker that stops hammering a destination that keeps failing.</summary>
    public DestinationCircuitBreakerOptions CircuitBreaker { get; init; } = new();
}
