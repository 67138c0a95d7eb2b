namespace Interop.Engine.Alerts;

/// <summary>
/// One alert rule as configured. Which fields apply depends on <see cref="Kind"/>: <c>dead-letters</c> (Threshold, Window,
/// Destination?), <c>breaker-open</c> (For, Destination?), <c>queue-age</c> (For, Queue?), <c>rejection-rate</c>
/// (Threshold in percent, Window, MinMessages?).
/// </summary>
public sealed class AlertRuleOptions
{
    /// <summary>The rule's name, unique among the rules: letters, digits, '-', '_' or '.'.</summary>
    public string? Name { get; set; }

    /// <summary>What the rule watches: <c>dead-letters</c>, <c>breaker-open</c>, <c>queue-age</c> or <c>rejection-rate</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>Dead letters: fires when more than this many are counted in the window; rejection rate: when over this percentage.</summary>
    public double? Threshold { get; set; }

    /// <summary>How far back dead letters or rejections are counted (to the second, at most 24 hours).</summary>
    public TimeSpan? Window { get; set; }

    /// <summary>Breaker open: how long a circuit may stay open; queue age: how long the oldest job may wait.</summary>
    public TimeSpan? For { get; set; }

    /// <summary>Queue age: the queue watched; every step's queue (not the poison queues) when left out.</summary>
    public string? Queue { get; set; }

    /// <summary>Dead letters and breaker open: the destination watched; every destination when left out.</summary>
    public string? Destination { get; set; }

    /// <summary>Rejection rate: messages that must have arrived in the window before the rate counts; 10 by default.</summary>
    public int? MinMessages { get; set; }
}
