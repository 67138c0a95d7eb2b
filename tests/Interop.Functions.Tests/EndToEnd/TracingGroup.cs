namespace Interop.Functions.Tests.EndToEnd;

/// <summary>
/// Runs the tracing tests alone: activity listeners are process-wide, so while they run every span of every other
/// host in the test process would reach their listener and exporter too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TracingGroup
{
    public const string Name = "Tracing";
}
