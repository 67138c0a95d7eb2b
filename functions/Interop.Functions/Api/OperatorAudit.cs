using System.Security.Claims;
using Interop.Engine.Audit;

namespace Interop.Functions.Api;

/// <summary>Writes the operator API's audit entries, naming the operator behind the request.</summary>
internal static class OperatorAudit
{
    /// <summary>Records that the operator behind <paramref name="user"/> did <paramref name="action"/>; committed before the caller goes on.</summary>
    public static Task RecordAsync(
        this IAuditLog audit, TimeProvider clock, ClaimsPrincipal user, AuditAction action, string? messageId, string detail, CancellationToken ct) =>
        audit.RecordAsync(AuditEntry.Create(clock, MessageApiEndpoints.Operator(user), action, messageId, detail), ct);
}
