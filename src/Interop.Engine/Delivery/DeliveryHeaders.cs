namespace Interop.Engine.Delivery;

/// <summary>The headers the delivery client sets itself; a request's extra headers may not use these names.</summary>
public static class DeliveryHeaders
{
    /// <summary>The idempotency key, stable per message and destination.</summary>
    public const string RequestId = "X-Request-Id";

    /// <summary>The correlation id tying the request to the message.</summary>
    public const string CorrelationId = "X-Correlation-Id";

    /// <summary>Whether a header name is one the client sets itself (including Authorization, Accept and Content-Type).</summary>
    internal static bool IsReserved(string name) =>
        name.Equals(RequestId, StringComparison.OrdinalIgnoreCase)
        || name.Equals(CorrelationId, StringComparison.OrdinalIgnoreCase)
        || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Accept", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase);
}
