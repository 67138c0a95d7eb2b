namespace Interop.Engine.Audit;

/// <summary>One operator action.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">The operator's client id.</param>
/// <param name="Action">What they did.</param>
/// <param name="MessageId">The message it was done to; null for a bulk replay.</param>
/// <param name="Detail">What exactly, without patient data (<c>payload</c>, <c>replayed as …</c>, a bulk replay's filter).</param>
public sealed record AuditEntry(string Id, DateTimeOffset At, string Actor, AuditAction Action, string? MessageId, string? Detail)
{
    /// <summary>A new entry with a fresh id, stamped with <paramref name="clock"/>'s time.</summary>
    public static AuditEntry Create(TimeProvider clock, string actor, AuditAction action, string? messageId, string? detail)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new AuditEntry(Guid.NewGuid().ToString("N"), clock.GetUtcNow(), actor, action, messageId, detail);
    }
}
