using Microsoft.Extensions.Logging;

namespace Interop.Engine.Delivery;

/// <summary>Delivery log events: destination ids, statuses, codes and timings only, never payloads.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug,
        Message = "Delivery to {DestinationId} attempt {Attempt}: HTTP {HttpStatus} {ReasonCode} in {LatencyMs:F1} ms")]
    public static partial void Attempt(ILogger logger, string destinationId, int attempt, int? httpStatus, string? reasonCode, double latencyMs);

    /// <summary>
    /// How a delivery ended: at Debug when delivered, since each message's timeline and the delivery metrics already say so
    /// (four lines a message at Information cost some 3% of the host's CPU under load, and buried the failures); at Warning
    /// when not, so what needs an interface team's eye stands out.
    /// </summary>
    public static void Finished(ILogger logger, string destinationId, DeliveryOutcome outcome, string? reasonCode, int attempts) =>
        Finished(logger, outcome == DeliveryOutcome.Delivered ? LogLevel.Debug : LogLevel.Warning, destinationId, outcome, reasonCode, attempts);

    [LoggerMessage(EventId = 4101, Message = "Delivery to {DestinationId} {Outcome} {ReasonCode} after {Attempts} attempt(s)")]
    private static partial void Finished(ILogger logger, LogLevel level, string destinationId, DeliveryOutcome outcome, string? reasonCode, int attempts);
}
