using Interop.Cli.Conformance;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Tests.Serialization.Xml;

/// <summary>XML and JSON share one model, so a resource must survive XML to JSON and back (the div string above all).</summary>
public sealed class FhirXmlJsonCrossTests
{
    [Theory]
    [MemberData(nameof(FhirXmlRoundTripTests.Samples), MemberType = typeof(FhirXmlRoundTripTests))]
    public void XmlThroughJson_Sample_ComesBackAsTheSameXml(string version, string file)
    {
        var model = TestData.Model(version);
        var original = File.ReadAllBytes(Path.Combine(TestData.Samples, version, file));
        var fromXml = new FhirXmlParser(model).Parse(original).Resource!;

        var json = new FhirJsonParser(model, new FhirParserOptions { Strict = true }).Parse(new FhirJsonSerializer().SerializeToUtf8Bytes(fromXml));
        var xml = new FhirXmlSerializer().SerializeToUtf8Bytes(json.Resource!);

        json.Issues.Should().BeEmpty();
        XmlInfosetComparer.Compare(original, xml).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(FhirXmlRealFileTests.GpConnectFiles), MemberType = typeof(FhirXmlRealFileTests))]
    public void XmlThroughJson_GpConnectExample_WritesTheSameXml(string file) =>
        AssertSameXmlThroughJson(Interop.Fhir.Stu3.FhirModel.Instance, Path.Combine(TestData.GpConnectExamples, file));

    [Theory]
    [MemberData(nameof(FhirXmlRealFileTests.UkCoreFiles), MemberType = typeof(FhirXmlRealFileTests))]
    public void XmlThroughJson_UkCoreExample_WritesTheSameXml(string file) =>
        AssertSameXmlThroughJson(Interop.Fhir.R4.FhirModel.Instance, Path.Combine(TestData.UkCoreExamples, file));

    private static void AssertSameXmlThroughJson(Interop.Fhir.Introspection.ModelInfo model, string path)
    {
        var fromXml = new FhirXmlParser(model).Parse(File.ReadAllBytes(path)).Resource!;
        var serializer = new FhirXmlSerializer();

        var json = new FhirJsonParser(model).Parse(new FhirJsonSerializer().SerializeToUtf8Bytes(fromXml));

        json.Issues.Should().BeEmpty();
        serializer.SerializeToUtf8Bytes(json.Resource!).Should().Equal(serializer.SerializeToUtf8Bytes(fromXml));
    }
}
