namespace Interop.Engine.Replay;

/// <summary>A destination a replay goes to.</summary>
/// <param name="DestinationId">The destination id.</param>
/// <param name="Url">Where it is POSTed.</param>
/// <param name="Reason">Why routing chose it.</param>
public sealed record ReplayTarget(string DestinationId, string Url, string Reason);
