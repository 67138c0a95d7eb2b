namespace Interop.Engine.Alerts;

/// <summary>A webhook message waiting to be sent: an incident fired or resolved.</summary>
/// <param name="Status">Firing or resolved.</param>
/// <param name="Alert">The incident as it was then.</param>
internal sealed record AlertNotification(AlertStatus Status, Alert Alert);
