namespace Interop.Engine.Alerts;

/// <summary>The alerts firing now and the most recently resolved ones, as <c>GET /api/alerts</c> shows them.</summary>
/// <param name="Active">Firing incidents, oldest first.</param>
/// <param name="Recent">Resolved incidents, newest first.</param>
internal sealed record AlertsSnapshot(IReadOnlyList<Alert> Active, IReadOnlyList<Alert> Recent);
