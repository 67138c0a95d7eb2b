using Interop.Mappings.Common;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>The business identifier a resource is matched on in the Shared Care Record, and how it is written.</summary>
/// <param name="ResourceType">The FHIR resource type.</param>
/// <param name="System">The identifier system searched on.</param>
/// <param name="Value">The identifier value searched on.</param>
/// <param name="IsUpdate">True for a conditional update (<c>PUT Type?identifier=...</c>); false for a conditional create (<c>POST</c> with <c>ifNoneExist</c>).</param>
internal sealed record ConditionalKey(string ResourceType, string System, string Value, bool IsUpdate)
{
    /// <summary>The search that finds the resource: <c>identifier=system|value</c>.</summary>
    public string Criteria => $"identifier={System}|{Value}";

    /// <summary>The transaction fullUrl, derived from the key so that a replay gives the same one (hashed once: it is read often).</summary>
    public string FullUrl { get; } = DeterministicUuid.Urn(ResourceType, System, Value);
}
