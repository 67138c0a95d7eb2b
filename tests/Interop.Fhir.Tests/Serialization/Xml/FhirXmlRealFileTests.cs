using Interop.Cli.Conformance;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Tests.Serialization.Xml;

/// <summary>Published NHS and HL7 examples: they parse without errors, and what is written reads back the same.</summary>
public sealed class FhirXmlRealFileTests
{
    public static TheoryData<string> GpConnectFiles() => [.. TestData.FileNames(TestData.GpConnectExamples, "*.xml")];

    // This example repeats the extension's value (valueCode and valueCodeableConcept): see the test below.
    public static TheoryData<string> UkCoreFiles() =>
        [.. TestData.FileNames(TestData.UkCoreExamples, "*.xml").Where(f => f != "Extension-UKCore-ConditionEpisode-Example.xml")];

    public static TheoryData<string> TestCaseFiles() =>
    [
        "codesystem-example.xml", "condition-example.xml", "list-example-long.xml", "medicationdispenseexample8.xml",
        "observation-example-20minute-apgar-score.xml", "observation-example.xml", "parameters-example-types.xml",
        "patient-example.xml", "patient-example-xds.xml", "patient-glossy-example.xml", "questionnaire-example.xml",
        "valueset-example-expansion.xml",
    ];

    [Theory]
    [MemberData(nameof(GpConnectFiles))]
    public void Parse_GpConnectUpdateRecordExample_RoundTripsWithStu3(string file) =>
        AssertRoundTrip(Interop.Fhir.Stu3.FhirModel.Instance, Path.Combine(TestData.GpConnectExamples, file));

    [Theory]
    [MemberData(nameof(UkCoreFiles))]
    public void Parse_UkCoreExample_RoundTripsWithR4(string file) =>
        AssertRoundTrip(Interop.Fhir.R4.FhirModel.Instance, Path.Combine(TestData.UkCoreExamples, file));

    [Theory]
    [MemberData(nameof(TestCaseFiles))]
    public void Parse_Hl7TestCase_RoundTripsWithR4(string file) =>
        AssertRoundTrip(Interop.Fhir.R4.FhirModel.Instance, Path.Combine(TestData.Hl7TestCases, file));

    [Fact]
    public void Parse_UkCoreExampleWithTwoExtensionValues_ReportsXml110()
    {
        var result = new FhirXmlParser(Interop.Fhir.R4.FhirModel.Instance)
            .Parse(File.ReadAllBytes(Path.Combine(TestData.UkCoreExamples, "Extension-UKCore-ConditionEpisode-Example.xml")));

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlCardinality);
        result.Issues[0].Path.Should().Be("Condition.extension[0].value");
    }

    private static void AssertRoundTrip(ModelInfo model, string path)
    {
        var original = File.ReadAllBytes(path);
        var parser = new FhirXmlParser(model);
        var serializer = new FhirXmlSerializer();

        var result = parser.Parse(original);
        var written = serializer.SerializeToUtf8Bytes(result.Resource!);
        var again = parser.Parse(written);

        result.HasErrors.Should().BeFalse(string.Join("; ", result.Issues));
        again.Issues.Should().BeEmpty();
        XmlInfosetComparer.Compare(written, serializer.SerializeToUtf8Bytes(again.Resource!)).Should().BeNull();
        if (result.Issues.Count == 0)
        {
            // Files with warnings (elements out of order) are rewritten in definition order, so only clean files compare.
            XmlInfosetComparer.Compare(original, written).Should().BeNull();
        }
    }
}
