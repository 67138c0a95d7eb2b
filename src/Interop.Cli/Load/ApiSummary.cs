namespace Interop.Cli.Load;

/// <summary>The part of a message search row the load tool reads.</summary>
internal sealed record ApiSummary(string Id);
