namespace Interop.Functions.Security;

/// <summary>The authorization policy names endpoints require (<c>.RequireAuthorization(InteropPolicies.Sender)</c>).</summary>
internal static class InteropPolicies
{
    /// <summary>A configured client with the sender role: for writes under <c>/fhir</c>.</summary>
    public const string Sender = "sender";

    /// <summary>A configured client with the operator role: for <c>/api</c>.</summary>
    public const string Operator = "operator";
}
