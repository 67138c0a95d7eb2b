namespace Interop.Engine.Replay;

/// <summary>A destination a replay goes to.</summary>
/// <param name="DestinationId">The destination id.</param>
/// <param name="Url">Where it is POSTed.</param>
/// <param name="Reason">Why routing chose it.</param>
/// <param name="Mapping">The mapping the route asks for, or null for the message itself.</param>
/// <param name="Output">For a dry run, what would be sent; null when replayed.</param>
public sealed record ReplayTarget(string DestinationId, string Url, string Reason, string? Mapping = null, ReplayOutput? Output = null);
