namespace Interop.Engine.Alerts;

/// <summary>Alert rules and where their alerts go; bound from <c>Interop:Alerts</c> and validated at start.</summary>
public sealed class AlertOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Interop:Alerts";

    /// <summary>The default time between evaluations: 30 seconds.</summary>
    public static readonly TimeSpan DefaultEvaluateEvery = TimeSpan.FromSeconds(30);

    /// <summary>False keeps the rules (still validated) without evaluating them; true by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The absolute http(s) URL each alert and its recovery are POSTed to as JSON; without one, alerts are only listed at <c>/api/alerts</c>.</summary>
    public string? Webhook { get; set; }

    /// <summary>How often the rules are evaluated and a failed webhook POST is tried again; 30 seconds by default.</summary>
    public TimeSpan EvaluateEvery { get; set; } = DefaultEvaluateEvery;

    /// <summary>The rules; none by default.</summary>
    public List<AlertRuleOptions> Rules { get; set; } = [];
}
