using Interop.Fhir.Serialization;

namespace Interop.Cli.Conformance;

/// <summary>
/// Files in the suites' folders that are not valid FHIR of their folder's version. They are listed
/// as skipped with the reason, not counted: a parser that read them unchanged would be wrong.
/// </summary>
internal static class KnownInvalidExamples
{
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
        ["nhs/ukcore-r4/codesystems/CodeSystem-UKCore-EthnicCategoryScotland.xml"] = new("stray text inside a concept", ParseIssueCodes.XmlUnexpectedText),
        ["nhs/ukcore-r4/examples/Extension-UKCore-ConditionEpisode-Example.xml"] = new("an extension with two value[x]", ParseIssueCodes.XmlCardinality),
        ["nhs/gpconnect-update-record-stu3/conformance/StructureDefinitions/CareConnect-GPC-MedicationRequest-1.xml"] =
            new("meta.lastUpdated is a date, not an instant", ParseIssueCodes.XmlInvalidPrimitive),
    };
}
