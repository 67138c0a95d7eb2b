namespace Interop.Cli.Conformance;

/// <summary>The names of the round-trip suites, in report order.</summary>
internal static class SuiteNames
{
    /// <summary>R4 example JSON → model → JSON.</summary>
    public const string R4Json = "r4-json";

    /// <summary>STU3 example JSON → model → JSON.</summary>
    public const string Stu3Json = "stu3-json";

    /// <summary>R4 example JSON → XML → JSON.</summary>
    public const string R4JsonXmlJson = "r4-json-xml-json";

    /// <summary>STU3 example JSON → XML → JSON.</summary>
    public const string Stu3JsonXmlJson = "stu3-json-xml-json";

    /// <summary>HL7 test-case and NHS XML → XML, and → JSON → XML.</summary>
    public const string NhsXml = "nhs-xml";

    /// <summary>Every suite, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [R4Json, Stu3Json, R4JsonXmlJson, Stu3JsonXmlJson, NhsXml];
}
