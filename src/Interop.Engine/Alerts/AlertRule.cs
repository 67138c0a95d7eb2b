namespace Interop.Engine.Alerts;

/// <summary>A validated alert rule, its kind parsed and its defaults applied.</summary>
/// <param name="Name">The rule's name.</param>
/// <param name="Kind">What it watches.</param>
/// <param name="Threshold">The count or percentage to exceed (dead letters, rejection rate), else 0.</param>
/// <param name="Window">How far back events are counted (dead letters, rejection rate), else zero.</param>
/// <param name="For">How long a circuit may stay open or a job may wait (breaker open, queue age), else zero.</param>
/// <param name="Queue">The queue watched, or null for every step's queue.</param>
/// <param name="Destination">The destination watched, or null for all.</param>
/// <param name="MinMessages">Messages needed in the window before a rejection rate counts.</param>
internal sealed record AlertRule(string Name, AlertKind Kind, double Threshold, TimeSpan Window, TimeSpan For, string? Queue, string? Destination, int MinMessages)
{
    /// <summary>The default of <see cref="AlertRuleOptions.MinMessages"/>.</summary>
    public const int DefaultMinMessages = 10;

    /// <summary>The value an alert reports as its threshold: the count or percentage, or the duration in seconds.</summary>
    public double ReportedThreshold => Kind is AlertKind.BreakerOpen or AlertKind.QueueAge ? For.TotalSeconds : Threshold;

    /// <summary>Reads options the validator accepted.</summary>
    public static AlertRule From(AlertRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!AlertKindNames.TryParse(options.Kind, out var kind))
        {
            throw new ArgumentException($"Alert rule '{options.Name}' has an unknown kind; validate the options first.", nameof(options));
        }

        return new AlertRule(options.Name!.Trim(), kind, options.Threshold ?? 0, options.Window ?? TimeSpan.Zero, options.For ?? TimeSpan.Zero,
            options.Queue?.Trim(), options.Destination?.Trim(), options.MinMessages ?? DefaultMinMessages);
    }
}
