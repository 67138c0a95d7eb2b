using Interop.Fhir.Serialization;

namespace Interop.Cli.Conformance;

/// <summary>
/// Files in the suites' folders that are not valid FHIR of their folder's version. They are listed
/// as skipped with the reason, not counted: a parser that read them unchanged would be wrong.
/// </summary>
internal static class KnownInvalidExamples
{
    // FHIR XML fixes the order of elements; the parser reads such files with a warning, and writing
    // them back puts the elements in order, so they cannot equal the input.
    private static readonly KnownInvalidExample OutOfOrder = new("elements out of the order FHIR defines", ParseIssueCodes.XmlOutOfOrder);

    /// <summary>The invalid files of <c>hl7.fhir.r4.examples</c>, by file name.</summary>
    public static IReadOnlyDictionary<string, KnownInvalidExample> R4 { get; } = new Dictionary<string, KnownInvalidExample>(StringComparer.Ordinal)
    {
        ["SearchParameter-questionnaireresponse-extensions-QuestionnaireResponse-item-subject.json"] =
            new("its id has 67 characters, FHIR allows 64", ParseIssueCodes.JsonInvalidPrimitive),
    };

    /// <summary>The invalid files of <c>hl7.fhir.r3.examples</c>, by file name.</summary>
    public static IReadOnlyDictionary<string, KnownInvalidExample> Stu3 { get; } = new Dictionary<string, KnownInvalidExample>(StringComparer.Ordinal)
    {
        ["ig-r4.json"] = new("an R4 ImplementationGuide (packageId, ...) in the STU3 package", ParseIssueCodes.JsonUnknownElement),
    };

    /// <summary>The invalid files of the shared HL7 test cases and NHS folders, by path relative to the shared folder.</summary>
    public static IReadOnlyDictionary<string, KnownInvalidExample> Shared { get; } = new Dictionary<string, KnownInvalidExample>(StringComparer.Ordinal)
    {
        ["fhir-test-cases/r4/myconsent-ext.xml"] = new("an STU3 StructureDefinition (context as a string) among the R4 cases", ParseIssueCodes.XmlEmptyValue),
        ["fhir-test-cases/r4/observation-example.xml"] = OutOfOrder,
        ["nhs/ukcore-r4/codesystems/CodeSystem-UKCore-EthnicCategoryScotland.xml"] = new("stray text inside a concept", ParseIssueCodes.XmlUnexpectedText),
        ["nhs/ukcore-r4/examples/Extension-UKCore-CodingSCT-IllicitDrugs-Example.xml"] = OutOfOrder,
        ["nhs/ukcore-r4/examples/Extension-UKCore-ConditionEpisode-Example.xml"] = new("an extension with two value[x]", ParseIssueCodes.XmlCardinality),
        ["nhs/ukcore-r4/examples/UKCore-Observation-Lab-Albumin-Example.xml"] = OutOfOrder,
        ["nhs/ukcore-r4/examples/UKCore-Questionnaire-EOLPlan-Example.xml"] = OutOfOrder,
        ["nhs/gpconnect-update-record-stu3/conformance/StructureDefinitions/CareConnect-GPC-MedicationRequest-1.xml"] =
            new("meta.lastUpdated is a date, not an instant", ParseIssueCodes.XmlInvalidPrimitive),
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
