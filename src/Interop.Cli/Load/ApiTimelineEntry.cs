namespace Interop.Cli.Load;

/// <summary>One timeline step as the message API shows it.</summary>
internal sealed record ApiTimelineEntry(DateTimeOffset At, string Step, string Outcome);
