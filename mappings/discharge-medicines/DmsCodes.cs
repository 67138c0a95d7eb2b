namespace Interop.Mappings.DischargeMedicines;

/// <summary>The profiles, extension and codes of the Discharge Medicines referral.</summary>
internal static class DmsCodes
{
    public const string ChangeSummaryUrl = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationChangeSummary";
    public const string UkCoreChangeStatusSystem = "https://fhir.hl7.org.uk/CodeSystem/UKCore-MedicationChangeStatus";
    public const string MedicationRequestStatusSystem = "http://hl7.org/fhir/CodeSystem/medicationrequest-status";
    public const string MedicationStatementCategorySystem = "http://terminology.hl7.org/CodeSystem/medication-statement-category";
    public const string UuidIdentifierSystem = "https://tools.ietf.org/html/rfc4122";
    public const string OdsCodeSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

    public const string PatientProfile = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient";
    public const string EncounterProfile = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Encounter";
    public const string OrganizationProfile = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization";
    public const string MedicationStatementProfile = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-MedicationStatement";

    // What a medicine may reference that the pharmacy needs (the product, who prescribed it), with its UK Core profile.
    public static readonly IReadOnlyDictionary<string, string> ReferencedProfiles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Medication"] = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Medication",
        ["Practitioner"] = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Practitioner",
        ["PractitionerRole"] = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-PractitionerRole",
        ["Organization"] = OrganizationProfile,
    };
    public const string ServiceRequestProfile = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest";

    // No SNOMED CT concept for a DMS referral has been agreed yet; the service is named in text (see README).
    public const string ServiceText = "NHS Discharge Medicines Service";

    public const string ChangeStatusConceptMap = "ConceptMap-CareConnectToUKCore-MedicationChangeStatus.json";
    public const string RequestStatusConceptMap = "ConceptMap-MedicationRequestStatusToMedicationStatementStatus.json";
}
