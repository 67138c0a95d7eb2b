using Interop.Fhir.R4;
using Interop.Mappings.Common;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>Chooses, for each kind of resource, the business identifier the Shared Care Record matches it on.</summary>
internal static class BusinessKeys
{
    /// <summary>The key for <paramref name="resource"/>; null for a Patient without an NHS number, which must not be written.</summary>
    public static ConditionalKey? Choose(Resource resource, string sourceFullUrl, SharedCareRecordSource source)
    {
        var type = resource.ClassMapping.Name;
        return resource switch
        {
            Patient => ResourceIdentifiers.Value(resource, IdentifierSystems.NhsNumber) is { } nhsNumber
                ? new ConditionalKey(type, IdentifierSystems.NhsNumber, nhsNumber, IsUpdate: true)
                : null,
            Organization => Known(resource, [IdentifierSystems.OdsOrganizationCode]) ?? Derived(resource, sourceFullUrl, source),
            Practitioner => Known(resource, IdentifierSystems.Practitioner) ?? Derived(resource, sourceFullUrl, source),
            PractitionerRole => Known(resource, [IdentifierSystems.SdsRoleProfileId]) ?? Derived(resource, sourceFullUrl, source),
            Composition or DocumentReference => new ConditionalKey(type, source.DocumentSystem, source.DocumentValue, IsUpdate: false),
            _ => Derived(resource, sourceFullUrl, source),
        };
    }

    private static ConditionalKey? Known(Resource resource, string[] systems)
    {
        foreach (var system in systems)
        {
            if (ResourceIdentifiers.Value(resource, system) is { } value)
            {
                return new ConditionalKey(resource.ClassMapping.Name, system, value, IsUpdate: false);
            }
        }

        return null;
    }

    // The document identifier scopes the key to this message; the entry's own identifier (or, without one, its fullUrl
    // in the message) tells the entries apart. Both repeat on a replay, so the derived identifier does too.
    private static ConditionalKey Derived(Resource resource, string sourceFullUrl, SharedCareRecordSource source)
    {
        var type = resource.ClassMapping.Name;
        var own = ResourceIdentifiers.Of(resource).FirstOrDefault(i => i.System?.Value is not null && i.Value?.Value is not null);
        var entryKey = own is null ? sourceFullUrl : $"{own.System!.Value}|{own.Value!.Value}";
        var value = DeterministicUuid.Urn(source.DocumentSystem, source.DocumentValue, type, entryKey);
        return new ConditionalKey(type, IdentifierSystems.Uri, value, IsUpdate: false);
    }
}
