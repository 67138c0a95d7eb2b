namespace Interop.Engine.Receiving;

/// <summary>The NHS identifier systems the engine reads.</summary>
public static class NhsIdentifiers
{
    /// <summary>NHS number.</summary>
    public const string NhsNumber = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>ODS organisation code; some senders write <c>/id/</c> in lower case, so compare with <see cref="IsOdsSystem"/>.</summary>
    public const string OdsOrganisationCode = "https://fhir.nhs.uk/Id/ods-organization-code";

    /// <summary>Directory of Services service id, as BaRS addresses services.</summary>
    public const string DosServiceId = "https://fhir.nhs.uk/Id/dos-service-id";

    /// <summary>Whether <paramref name="system"/> is the ODS organisation code system, whatever the case of its path.</summary>
    public static bool IsOdsSystem(string? system) => string.Equals(system, OdsOrganisationCode, StringComparison.OrdinalIgnoreCase);
}
