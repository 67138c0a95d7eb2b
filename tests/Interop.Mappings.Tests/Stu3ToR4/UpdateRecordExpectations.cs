namespace Interop.Mappings.Tests.Stu3ToR4;

/// <summary>What converting the Update Record examples is known to report, and the UK Core errors that are faults in their data.</summary>
internal static class UpdateRecordExpectations
{
    private const string Index = @"\[\d+\]";

    /// <summary>Conversion issues every example may have; any other issue fails the test.</summary>
    public static IReadOnlyList<ExpectedIssue> ConversionIssues { get; } =
    [
        new("CNV004", $@"(Bundle(\.entry{Index}\.resource)*|ClinicalImpression)\.meta\.profile{Index}",
            "ITK Bundle and MessageHeader profiles and CareConnect-GPC-ClinicalImpression-1 have no UK Core profile (UK Core has no ClinicalImpression)"),
        new("CNV007", $@"Bundle\.entry{Index}\.resource\.extension{Index}\.url",
            "Extension-ITK-MessageHandling-2 on the MessageHeader is ITK3 transport, with no UK Core extension of the same shape"),
        new("CNV008", $@"Bundle\.entry{Index}\.resource\.timestamp", "the MessageHeader's timestamp is carried as the R4 Bundle.timestamp"),
        new("CNV009", $@"Bundle(\.entry{Index}\.resource)+\.subject\.identifier",
            "CareConnect put the NHS number verification status on the subject reference's identifier; UK Core allows it on Patient.identifier only"),
        new("CNV001", $@"Bundle\.entry{Index}\.resource\.requester\.onBehalfOf",
            "the CPCS referral's requester names the organisation the agent acted for; R4 ServiceRequest.requester is one Reference"),
        new("CNV001", $@"Bundle\.entry{Index}\.resource\.performer{Index}\.onBehalfOf",
            "the CPCS dispense's performer names the organisation; R4 MedicationDispense.performer has no onBehalfOf"),
    ];

    /// <summary>UK Core validation errors that are faults in the examples' data, not in the conversion.</summary>
    public static IReadOnlyList<ExpectedIssue> ValidationErrors { get; } =
    [
        new("VAL190", $@".*[.:](Patient\.identifier{Index}|subject\.identifier)\.value",
            "every example's NHS number is 4857773456, which fails its Modulus 11 check"),
        new("VAL191", $@".*Organization\.identifier{Index}\.value", "the pharmacy services' and generic document's organisation ODS code is a placeholder"),
        new("VAL101", @".*Encounter\.class", "the STU3 Encounters have no class (optional in STU3, required in R4); the converter does not invent one"),
        new("VAL124", $@".*PractitionerRole\.code{Index}\.coding{Index}\.code",
            "R5220 (Pharmacy Technician) is a CareConnect SDS job role that UK Core's SDSJobRoleName no longer lists"),
    ];
}
