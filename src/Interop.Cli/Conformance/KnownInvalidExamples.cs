namespace Interop.Cli.Conformance;

/// <summary>
/// Files in the HL7 example packages that are not valid FHIR of their package's version. They are
/// listed as skipped with the reason, not counted: a parser that accepted them would be wrong.
/// </summary>
internal static class KnownInvalidExamples
{
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

    /// <summary>No file is known to be invalid.</summary>
    public static IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>();
}
