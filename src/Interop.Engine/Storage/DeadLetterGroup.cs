namespace Interop.Engine.Storage;

/// <summary>Dead-lettered deliveries that failed the same way: same reason, destination and event.</summary>
/// <param name="Reason">The delivery's last error code, e.g. <c>DLV-HTTP-422</c>, or null when none was recorded.</param>
/// <param name="Destination">The destination id.</param>
/// <param name="Event">The message event code, or null when the message had none.</param>
/// <param name="Count">Deliveries in the group.</param>
/// <param name="FirstAt">When the oldest of their messages was received.</param>
/// <param name="LastAt">When the newest of their messages was received.</param>
/// <param name="MessageIds">Up to <see cref="MaxMessageIds"/> message ids, newest first.</param>
public sealed record DeadLetterGroup(
    string? Reason,
    string Destination,
    string? Event,
    int Count,
    DateTimeOffset FirstAt,
    DateTimeOffset LastAt,
    IReadOnlyList<string> MessageIds)
{
    /// <summary>The most message ids a group lists.</summary>
    public const int MaxMessageIds = 20;
}
