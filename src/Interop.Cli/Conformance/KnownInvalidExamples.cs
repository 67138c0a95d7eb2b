namespace Interop.Cli.Conformance;

/// <summary>
/// Files in the HL7 example packages that are not valid FHIR of their package's version. They are
/// listed as skipped with the reason, not counted: a parser that accepted them would be wrong.
/// </summary>
internal static class KnownInvalidExamples
{
    // FHIR XML fixes the order of elements; the parser reads such files with a warning, and writing
    // them back puts the elements in order, so they cannot equal the input.
    private const string OutOfOrder = "known invalid: elements out of the order FHIR defines (XML109)";

    /// <summary>The invalid files of <c>hl7.fhir.r4.examples</c>, by file name.</summary>
    public static IReadOnlyDictionary<string, string> R4 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SearchParameter-questionnaireresponse-extensions-QuestionnaireResponse-item-subject.json"] =
            "known invalid: its id has 67 characters, FHIR allows 64 (JSON107)",
    };

    /// <summary>The invalid files of <c>hl7.fhir.r3.examples</c>, by file name.</summary>
    public static IReadOnlyDictionary<string, string> Stu3 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ig-r4.json"] = "known invalid: an R4 ImplementationGuide (packageId, ...) in the STU3 package",
    };

    /// <summary>The invalid files of the shared HL7 test cases and NHS folders, by path relative to the shared folder.</summary>
    public static IReadOnlyDictionary<string, string> Shared { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fhir-test-cases/r4/myconsent-ext.xml"] = "known invalid: an STU3 StructureDefinition (context as a string) among the R4 cases (XML103)",
        ["fhir-test-cases/r4/observation-example.xml"] = OutOfOrder,
        ["nhs/ukcore-r4/codesystems/CodeSystem-UKCore-EthnicCategoryScotland.xml"] = "known invalid: stray text inside a concept (XML111)",
        ["nhs/ukcore-r4/examples/Extension-UKCore-CodingSCT-IllicitDrugs-Example.xml"] = OutOfOrder,
        ["nhs/ukcore-r4/examples/Extension-UKCore-ConditionEpisode-Example.xml"] = "known invalid: an extension with two value[x] (XML110)",
        ["nhs/ukcore-r4/examples/UKCore-Observation-Lab-Albumin-Example.xml"] = OutOfOrder,
        ["nhs/ukcore-r4/examples/UKCore-Questionnaire-EOLPlan-Example.xml"] = OutOfOrder,
        ["nhs/gpconnect-update-record-stu3/conformance/StructureDefinitions/CareConnect-GPC-MedicationRequest-1.xml"] =
            "known invalid: meta.lastUpdated is a date, not an instant (XML107)",
        ["nhs/gpconnect-update-record-stu3/examples/example--gpc-update-record--prsb--clinical-summary.xml"] = OutOfOrder,
        ["nhs/gpconnect-update-record-stu3/examples/example--gpc-update-record--prsb--history.xml"] = OutOfOrder,
        ["nhs/gpconnect-update-record-stu3/examples/example--gpc-update-record--prsb--info-advice-given.xml"] = OutOfOrder,
        ["nhs/gpconnect-update-record-stu3/examples/example--gpc-update-record--prsb--plan-requested-actions.xml"] = OutOfOrder,
        ["nhs/gpconnect-update-record-stu3/examples/example--gpc-update-record--prsb--pregnancy-state.xml"] = OutOfOrder,
        ["nhs/gpconnect-update-record-stu3/examples/example--gpc-update-record--prsb--procedures-contraception.xml"] = OutOfOrder,
        ["nhs/gpconnect-update-record-stu3/examples/example--gpc-update-record--prsb--red-flags.xml"] = OutOfOrder,
        ["nhs/gpconnect-update-record-stu3/examples/example--gpc-update-record--prsb--signpost-details.xml"] = OutOfOrder,
    };
}
