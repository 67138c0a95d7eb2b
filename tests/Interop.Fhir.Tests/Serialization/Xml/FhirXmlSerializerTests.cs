using System.Text;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Tests.Serialization.Xml;

public sealed class FhirXmlSerializerTests
{
    private const string XhtmlNs = "xmlns=\"http://www.w3.org/1999/xhtml\"";

    [Fact]
    public void SerializeToUtf8Bytes_Compact_StartsWithUtf8DeclarationAndNoByteOrderMark()
    {
        var bytes = new FhirXmlSerializer().SerializeToUtf8Bytes(new Patient { Active = new FhirBoolean(true) });

        Encoding.UTF8.GetString(bytes).Should().Be(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\" /></Patient>");
    }

    [Fact]
    public void Serialize_Indented_PutsEachElementOnItsOwnLine()
    {
        var xml = new FhirXmlSerializer(new FhirSerializerOptions { Indented = true })
            .Serialize(new Patient { Active = new FhirBoolean(true), Gender = new Code("male") });

        xml.Should().Be(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Patient xmlns=\"http://hl7.org/fhir\">\n  <active value=\"true\" />\n  <gender value=\"male\" />\n</Patient>");
    }

    [Fact]
    public void Serialize_PropertiesSetInAnyOrder_WritesThemInDefinitionOrder()
    {
        var patient = new Patient { Gender = new Code("female") };
        patient.Name.Add(new HumanName { Family = new FhirString("Example") });
        patient.Id = new Id("p");

        var xml = new FhirXmlSerializer().Serialize(patient);

        xml.IndexOf("<id ", StringComparison.Ordinal).Should().BeLessThan(xml.IndexOf("<name>", StringComparison.Ordinal));
        xml.IndexOf("<name>", StringComparison.Ordinal).Should().BeLessThan(xml.IndexOf("<gender ", StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_ExtensionUrlAndElementId_AreAttributesOnTheStartTag()
    {
        var extension = new Extension { Url = "http://example.org/ext", Value = new FhirString("v") };
        var patient = new Patient();
        patient.Extension.Add(extension);
        patient.Name.Add(new HumanName { Id = "n1", Text = new FhirString("Jane") });

        var xml = new FhirXmlSerializer().Serialize(patient);

        xml.Should().Contain("<extension url=\"http://example.org/ext\"><valueString value=\"v\" /></extension>")
            .And.Contain("<name id=\"n1\"><text value=\"Jane\" /></name>");
    }

    [Fact]
    public void Serialize_EmptyElements_AreLeftOutSoTheOutputParses()
    {
        var patient = new Patient { Active = new FhirBoolean(), MaritalStatus = new CodeableConcept { Text = new FhirString("") } };
        patient.Name.Add(new HumanName());
        patient.Name.Add(new HumanName { Family = new FhirString("Kept") });
        patient.Name[0].Given.Add(new FhirString());

        var bytes = new FhirXmlSerializer().SerializeToUtf8Bytes(patient);
        var result = new FhirXmlParser(FhirModel.Instance, new FhirParserOptions { Strict = true }).Parse(bytes);

        Encoding.UTF8.GetString(bytes).Should().EndWith("<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"Kept\" /></name></Patient>");
        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Serialize_EmptyResourceInContainer_IsStillWritten()
    {
        var bundle = new Bundle();
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = new Patient() });

        var xml = new FhirXmlSerializer().Serialize(bundle);

        xml.Should().EndWith("<entry><resource><Patient /></resource></entry></Bundle>");
    }

    [Theory]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>unclosed</div>")]
    [InlineData("<div>no namespace</div>")]
    [InlineData("<p xmlns=\"http://www.w3.org/1999/xhtml\">not a div</p>")]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\">&nbsp;</div>")]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\">a</div><div xmlns=\"http://www.w3.org/1999/xhtml\">b</div>")]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\">a</div>trailing")]
    [InlineData("<!DOCTYPE div [<!ENTITY e \"x\">]><div xmlns=\"http://www.w3.org/1999/xhtml\">&e;</div>")]
    [InlineData("plain text")]
    public void Serialize_DivNotOneWellFormedXhtmlDiv_ThrowsFormatException(string div)
    {
        var patient = new Patient { Text = new Narrative { Status = new Code("generated"), Div = new XHtml(div) } };

        var act = () => new FhirXmlSerializer().Serialize(patient);

        act.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData(0x0001)]
    [InlineData(0xD800)]
    public void Serialize_ValueXmlCannotHold_ThrowsFormatException(int character)
    {
        // A lone surrogate cannot pass through attribute data, so the string is built here.
        var patient = new Patient();
        patient.Name.Add(new HumanName { Family = new FhirString($"a{(char)character}b") });

        var act = () => new FhirXmlSerializer().Serialize(patient);

        act.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serialize_Div_ParsesBackToTheSameString(bool indented)
    {
        var div = $"<div {XhtmlNs}><p>a &amp; b</p><p>\n  <b>x</b> &lt;y&gt; caf\u00E9</p><br /><table><tr><td>1</td></tr></table></div>";
        var patient = new Patient { Text = new Narrative { Status = new Code("generated"), Div = new XHtml(div) } };

        var bytes = new FhirXmlSerializer(new FhirSerializerOptions { Indented = indented }).SerializeToUtf8Bytes(patient);
        var again = new FhirXmlParser(FhirModel.Instance).Parse(bytes);

        again.Issues.Should().BeEmpty();
        again.ResourceAs<Patient>()!.Text!.Div!.RawValue.Should().Be(div);
    }

    [Fact]
    public void Serialize_ChoiceAndContainers_UseTypedNamesAndWrapperElements()
    {
        var observation = new Observation { Status = new Code("final"), Code = new CodeableConcept { Text = new FhirString("c") }, Value = new Quantity { Value = new FhirDecimal { RawValue = "1.50" } } };
        var patient = new Patient();
        patient.Contained.Add(observation);

        var xml = new FhirXmlSerializer().Serialize(patient);

        xml.Should().Contain("<contained><Observation><status value=\"final\" /><code><text value=\"c\" /></code><valueQuantity><value value=\"1.50\" /></valueQuantity></Observation></contained>");
    }

    [Fact]
    public void Serialize_ToStream_WritesTheSameBytes()
    {
        var patient = new Patient { Active = new FhirBoolean(false) };
        var serializer = new FhirXmlSerializer();
        using var stream = new MemoryStream();

        serializer.Serialize(patient, stream);

        stream.ToArray().Should().Equal(serializer.SerializeToUtf8Bytes(patient));
    }

    [Fact]
    public void Serialize_NotAResource_ThrowsArgumentException()
    {
        var act = () => new FhirXmlSerializer().Serialize(new HumanName { Family = new FhirString("x") });

        act.Should().Throw<ArgumentException>();
    }
}
