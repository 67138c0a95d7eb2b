using System.Globalization;

namespace Interop.Engine.Delivery;

/// <summary>Stable reason codes for delivery failures, for timelines, dead letters and alerts.</summary>
public static class DeliveryReasonCodes
{
    /// <summary>An attempt took longer than the destination's timeout.</summary>
    public const string Timeout = "DLV-TIMEOUT";

    /// <summary>The destination could not be reached: connection refused or reset, DNS, TLS.</summary>
    public const string Network = "DLV-NETWORK";

    /// <summary>The destination's circuit breaker is open.</summary>
    public const string CircuitOpen = "DLV-CIRCUIT-OPEN";

    /// <summary>An operator isolated the destination's circuit breaker.</summary>
    public const string CircuitIsolated = "DLV-CIRCUIT-ISOLATED";

    /// <summary>The destination id is not in the destination directory.</summary>
    public const string UnknownDestination = "DLV-UNKNOWN-DESTINATION";

    /// <summary>The destination needs a bearer token and its token file or environment variable is missing or empty.</summary>
    public const string TokenUnavailable = "DLV-AUTH-TOKEN-UNAVAILABLE";

    /// <summary>The code for an HTTP status the destination answered with, e.g. <c>DLV-HTTP-503</c>.</summary>
    public static string Http(int status) => string.Create(CultureInfo.InvariantCulture, $"DLV-HTTP-{status}");
}
