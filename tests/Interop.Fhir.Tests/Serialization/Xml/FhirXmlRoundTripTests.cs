using Interop.Cli.Conformance;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Tests.Serialization.Xml;

public sealed class FhirXmlRoundTripTests
{
    public static TheoryData<string, string> Samples()
    {
        var rows = new TheoryData<string, string>();
        foreach (var version in new[] { "r4", "stu3" })
        {
            foreach (var file in TestData.FileNames(Path.Combine(TestData.Samples, version), "*.xml"))
            {
                rows.Add(version, file);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_Sample_ReportsNoIssues(string version, string file)
    {
        var result = new FhirXmlParser(TestData.Model(version)).Parse(File.ReadAllBytes(Path.Combine(TestData.Samples, version, file)));

        result.Issues.Should().BeEmpty();
        result.Resource.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_ParsedSample_KeepsTheInfosetAndParsesBackWithoutIssues(string version, string file)
    {
        var original = File.ReadAllBytes(Path.Combine(TestData.Samples, version, file));
        var parser = new FhirXmlParser(TestData.Model(version), new FhirParserOptions { Strict = true });

        foreach (var indented in new[] { false, true })
        {
            var serializer = new FhirXmlSerializer(new FhirSerializerOptions { Indented = indented });
            var written = serializer.SerializeToUtf8Bytes(parser.Parse(original).Resource!);
            var again = parser.Parse(written);

            XmlInfosetComparer.Compare(original, written).Should().BeNull();
            again.Issues.Should().BeEmpty();
            serializer.SerializeToUtf8Bytes(again.Resource!).Should().Equal(written);
        }
    }

    [Fact]
    public void Parse_PrimitiveWithExtensionAndNoValue_KeepsIdAndExtension()
    {
        var patient = ParseSample<Patient>("patient.xml");

        patient.BirthDate!.RawValue.Should().BeNull();
        patient.BirthDate.Id.Should().Be("bd");
        patient.BirthDate.Extension.Should().ContainSingle().Which.Url.Should().Be("http://hl7.org/fhir/StructureDefinition/data-absent-reason");
    }

    [Fact]
    public void Parse_RepeatingPrimitivesWithIds_KeepsEachInOrder()
    {
        var given = ParseSample<Patient>("patient.xml").Name[0].Given;

        given.Select(g => g.RawValue).Should().Equal("Jane", null, "Anne");
        given.Select(g => g.Id).Should().Equal("g1", "g2", null);
        given[1].Extension.Should().ContainSingle();
    }

    [Fact]
    public void Parse_ChoiceElements_CreateTheNamedType()
    {
        var patient = ParseSample<Patient>("patient.xml");

        patient.Deceased.Should().BeOfType<FhirDateTime>().Which.RawValue.Should().Be("2024-02-29T23:59:59-05:00");
        patient.MultipleBirth.Should().BeOfType<Integer>().Which.RawValue.Should().Be("2");
    }

    [Fact]
    public void Parse_Contained_ReadsTheResourceInside()
    {
        var patient = ParseSample<Patient>("patient.xml");

        patient.Contained.Should().ContainSingle().Which.Should().BeOfType<Organization>().Which.Id!.RawValue.Should().Be("org1");
    }

    [Fact]
    public void Parse_Div_KeepsMarkupAndEntitiesAsTheJsonString()
    {
        var div = ParseSample<Patient>("patient.xml").Text!.Div!.RawValue!;

        div.Should().StartWith("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        div.Should().Contain("<p>Patient <b>Jane</b> &amp; family: 3 &lt; 4 &gt; 2, non-breaking\u00A0space, caf\u00E9</p>");
        div.Should().Contain("<br />").And.Contain("href=\"http://example.org/x?a=1&amp;b=2\"").And.EndWith("</div>");
    }

    [Fact]
    public void RoundTrip_Decimals_KeepTheirLexicalForm()
    {
        var observation = ParseSample<Observation>("observation.xml");
        var written = new FhirXmlSerializer().Serialize(observation);

        observation.Value.Should().BeOfType<Quantity>().Which.Value!.RawValue.Should().Be("1.50");
        ((Quantity)observation.Component[0].Value!).Value!.RawValue.Should().Be("1e2");
        written.Should().Contain("<value value=\"1.50\" />").And.Contain("<value value=\"1e2\" />");
    }

    [Fact]
    public void RoundTrip_DatesWithOffsets_AreKeptAsWritten()
    {
        var observation = ParseSample<Observation>("observation.xml");
        var again = new FhirXmlParser(FhirModel.Instance).Parse(new FhirXmlSerializer().SerializeToUtf8Bytes(observation)).ResourceAs<Observation>()!;

        again.Issued!.RawValue.Should().Be("2024-03-01T09:31:12.5-03:30");
        again.Effective.Should().BeOfType<FhirDateTime>().Which.RawValue.Should().Be("2024-03-01T09:30:00+00:00");
    }

    [Fact]
    public void RoundTrip_StringWithNewlinesTabsAndMarkup_IsKeptExactly()
    {
        const string expected = "Line one\nLine two\ttabbed \"quoted\" & <escaped>";
        var observation = ParseSample<Observation>("observation.xml");
        var again = new FhirXmlParser(FhirModel.Instance).Parse(new FhirXmlSerializer().SerializeToUtf8Bytes(observation)).ResourceAs<Observation>()!;

        observation.Note[0].Text!.RawValue.Should().Be(expected);
        again.Note[0].Text!.RawValue.Should().Be(expected);
    }

    [Fact]
    public void Parse_Bundle_ReadsEveryEntryResourceIncludingNestedBundles()
    {
        var bundle = ParseSample<Bundle>("bundle.xml");

        bundle.Entry.Select(e => e.Resource?.GetType()).Should().Equal(typeof(Patient), typeof(Observation), typeof(Bundle));
        ((Bundle)bundle.Entry[2].Resource!).Entry[0].Resource.Should().BeOfType<Organization>();
        bundle.Entry[0].Request!.Method!.RawValue.Should().Be("POST");
    }

    [Fact]
    public void Parse_ParametersWithResource_ReadsResourceAndParts()
    {
        var parameters = ParseSample<Parameters>("parameters.xml");

        parameters.Parameter[1].Resource.Should().BeOfType<Patient>().Which.BirthDate!.RawValue.Should().Be("1970-03");
        parameters.Parameter[2].Part.Select(p => ((IPrimitive)p.Value!).RawValue).Should().Equal("-0.000", "2024-01-01T00:00:00.000Z");
    }

    [Fact]
    public void Parse_Stu3Patient_ReadsNestedExtensionsAndPrimitiveExtensions()
    {
        var patient = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance)
            .Parse(File.ReadAllBytes(Path.Combine(TestData.Samples, "stu3", "patient.xml")))
            .ResourceAs<Interop.Fhir.Stu3.Patient>()!;

        patient.Extension[0].Extension.Select(e => e.Url).Should().Equal("language", "interpreterRequired");
        patient.BirthDate!.RawValue.Should().Be("1980-01-15");
        patient.BirthDate.Extension[0].Value.Should().BeOfType<Interop.Fhir.Stu3.FhirDateTime>();
    }

    private static T ParseSample<T>(string file)
        where T : Base =>
        new FhirXmlParser(FhirModel.Instance).Parse(File.ReadAllBytes(Path.Combine(TestData.Samples, "r4", file))).ResourceAs<T>()!;
}
