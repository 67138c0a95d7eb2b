using Microsoft.Extensions.Logging;

namespace Interop.Engine.Delivery;

/// <summary>Delivery log events: destination ids, statuses, codes and timings only, never payloads.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug,
        Message = "Delivery to {DestinationId} attempt {Attempt}: HTTP {HttpStatus} {ReasonCode} in {LatencyMs:F1} ms")]
    public static partial void Attempt(ILogger logger, string destinationId, int attempt, int? httpStatus, string? reasonCode, double latencyMs);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Delivery to {DestinationId} {Outcome} {ReasonCode} after {Attempts} attempt(s)")]
    public static partial void Finished(ILogger logger, string destinationId, DeliveryOutcome outcome, string? reasonCode, int attempts);
}
