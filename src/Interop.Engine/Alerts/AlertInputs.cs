using Interop.Engine.Queues;

namespace Interop.Engine.Alerts;

/// <summary>What the rules read at one evaluation.</summary>
/// <param name="Now">The evaluation's time.</param>
/// <param name="Counters">Recent engine events.</param>
/// <param name="OpenSince">Each destination whose circuit is not closed, and since when it has not been.</param>
/// <param name="Queues">The queues' depth and oldest job (empty when no rule watches queues).</param>
internal sealed record AlertInputs(DateTimeOffset Now, AlertCounters Counters, IReadOnlyDictionary<string, DateTimeOffset> OpenSince, IReadOnlyList<QueueStats> Queues);
