namespace Interop.Engine.Destinations;

/// <summary>A validated destination from the directory, with its configuration parsed into types.</summary>
/// <param name="Id">The stable id, e.g. <c>gp-a81001</c>.</param>
/// <param name="Name">A name for people; the id when none was configured.</param>
/// <param name="Url">The absolute http(s) URL deliveries are POSTed to.</param>
/// <param name="FhirVersion">The FHIR version the destination accepts.</param>
/// <param name="Format">The wire format the destination accepts.</param>
/// <param name="Kind">What the destination is.</param>
/// <param name="OdsCodes">The ODS codes or DoS service ids it serves.</param>
/// <param name="Auth">How requests authenticate.</param>
/// <param name="Timeout">How long one HTTP attempt may take.</param>
/// <param name="Retry">Retries after transient failures.</param>
/// <param name="CircuitBreaker">When to stop calling it for a while.</param>
public sealed record Destination(
    string Id,
    string Name,
    Uri Url,
    DestinationFhirVersion FhirVersion,
    DestinationFormat Format,
    DestinationKind Kind,
    IReadOnlyList<string> OdsCodes,
    DestinationAuthOptions Auth,
    TimeSpan Timeout,
    DestinationRetryOptions Retry,
    DestinationCircuitBreakerOptions CircuitBreaker);
