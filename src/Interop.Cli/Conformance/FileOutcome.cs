namespace Interop.Cli.Conformance;

/// <summary>A file that failed or was skipped, and why.</summary>
internal sealed record FileOutcome(string RelativePath, string Reason);
