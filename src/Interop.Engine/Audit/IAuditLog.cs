namespace Interop.Engine.Audit;

/// <summary>The record of what operators did: who revealed patient details, who replayed what; never patient data itself.</summary>
public interface IAuditLog
{
    /// <summary>Records <paramref name="entry"/>; committed before it returns.</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>One page of entries matching <paramref name="query"/>, newest first.</summary>
    Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken);
}
