namespace Interop.Functions.Simulators;

/// <summary>What a simulated system recorded of one request it accepted: no body, just what shows it arrived once.</summary>
/// <param name="RequestId">The X-Request-Id the engine sent (the idempotency key).</param>
/// <param name="CorrelationId">The X-Correlation-Id (the engine's message id).</param>
/// <param name="ContentType">The body's media type.</param>
/// <param name="Bytes">The body's length.</param>
/// <param name="ReceivedAt">When it arrived.</param>
internal sealed record SimulatedDelivery(string RequestId, string? CorrelationId, string? ContentType, long Bytes, DateTimeOffset ReceivedAt);
