using System.Text;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Tests.Serialization.Xml;

public sealed class FhirXmlParserTests
{
    private const string Ns = "xmlns=\"http://hl7.org/fhir\"";

    private static readonly FhirParserOptions StrictOptions = new() { Strict = true };

    [Fact]
    public void Parse_Malformed_ReportsFatalXml100AndKeepsWhatWasRead()
    {
        var result = Parse($"<Patient {Ns}>\n  <id value=\"p\"/>\n  <active value=\"true\">\n</Patient>");

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlMalformed);
        issue.Severity.Should().Be(IssueSeverity.Fatal);
        issue.Line.Should().Be(4);
        result.ResourceAs<Patient>()!.Id!.RawValue.Should().Be("p");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<Patient xmlns=\"http://hl7.org/fhir\"/><Patient xmlns=\"http://hl7.org/fhir\"/>")]
    public void Parse_NotOneXmlDocument_ReportsXml100(string xml)
    {
        var result = Parse(xml);

        result.Issues.Select(i => i.Code).Should().Contain(ParseIssueCodes.XmlMalformed);
        result.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Parse_InvalidUtf8Bytes_ReportsXml100()
    {
        byte[] xml = [.. "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\""u8, 0xC3, 0x28, .. "\"/></Patient>"u8];

        new FhirXmlParser(FhirModel.Instance).Parse(xml).Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlMalformed);
    }

    [Fact]
    public void Parse_RootInWrongNamespace_ReportsXml102AndNoResource()
    {
        var result = Parse("<Patient xmlns=\"http://hl7.org/fhir/other\"><id value=\"p\"/></Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlWrongNamespace);
        result.Resource.Should().BeNull();
    }

    [Theory]
    [InlineData("Patients")]
    [InlineData("HumanName")]
    [InlineData("DomainResource")]
    public void Parse_RootNotAConcreteResource_ReportsXml105(string root)
    {
        var result = Parse($"<{root} {Ns}/>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlUnknownResourceType);
        result.Resource.Should().BeNull();
    }

    [Fact]
    public void Parse_ResourceOfAnotherVersion_ReportsXml105()
    {
        // BodyStructure is new in R4.
        var result = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse($"<BodyStructure {Ns}/>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlUnknownResourceType);
    }

    [Fact]
    public void Parse_UnknownElement_WarnsSkipsItsSubtreeAndReadsOn()
    {
        var result = Parse($"<Patient {Ns}><id value=\"p\"/><nickname><name value=\"x\"/><active value=\"false\"/></nickname><active value=\"true\"/></Patient>");

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlUnknownElement);
        issue.Severity.Should().Be(IssueSeverity.Warning);
        issue.Path.Should().Be("Patient.nickname");
        result.ResourceAs<Patient>()!.Active!.RawValue.Should().Be("true");
    }

    [Fact]
    public void Parse_UnknownElementStrict_ReportsError()
    {
        var result = Parse($"<Patient {Ns}><nickname value=\"x\"/></Patient>", StrictOptions);

        result.Issues.Should().ContainSingle().Which.Severity.Should().Be(IssueSeverity.Error);
        result.Issues[0].Code.Should().Be(ParseIssueCodes.XmlUnknownElement);
    }

    [Theory]
    [InlineData(false, IssueSeverity.Warning)]
    [InlineData(true, IssueSeverity.Error)]
    public void Parse_UnknownAttribute_ReportsXml106ByMode(bool strict, IssueSeverity expected)
    {
        var result = Parse($"<Patient {Ns}><active value=\"true\" colour=\"red\"/></Patient>", new FhirParserOptions { Strict = strict });

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlUnknownAttribute);
        issue.Severity.Should().Be(expected);
        issue.Path.Should().Be("Patient.active");
    }

    [Fact]
    public void Parse_SchemaLocationAndNamespaceDeclarations_AreAccepted()
    {
        var result = Parse("<Patient xmlns=\"http://hl7.org/fhir\" xmlns:f=\"http://hl7.org/fhir\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://hl7.org/fhir fhir-single.xsd\"><f:active value=\"true\"/></Patient>", StrictOptions);

        result.Issues.Should().BeEmpty();
        result.ResourceAs<Patient>()!.Active!.RawValue.Should().Be("true");
    }

    [Fact]
    public void Parse_StringWhereBooleanDue_ReportsXml107AndKeepsTheValue()
    {
        var result = Parse($"<Patient {Ns}><active value=\"yes\"/></Patient>");

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlInvalidPrimitive);
        issue.Severity.Should().Be(IssueSeverity.Error);
        issue.Type.Should().Be(IssueType.Value);
        result.ResourceAs<Patient>()!.Active!.RawValue.Should().Be("yes");
    }

    [Theory]
    [InlineData("1970-13-01")]
    [InlineData("1970-02-30x")]
    [InlineData("01/02/1970")]
    public void Parse_InvalidDate_ReportsXml107WithoutTheValueInTheMessage(string date)
    {
        var result = Parse($"<Patient {Ns}><birthDate value=\"{date}\"/></Patient>");

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlInvalidPrimitive);
        issue.Path.Should().Be("Patient.birthDate");
        issue.Message.Should().NotContain(date);
    }

    [Fact]
    public void Parse_IssueOnRepeatingElement_GivesIndexedPathAndPosition()
    {
        var result = Parse($"<Patient {Ns}>\n<name/>\n<name>\n<given value=\"A\"/>\n<given value=\"B\" x=\"1\"/>\n</name>\n</Patient>");

        var issue = result.Issues.Single(i => i.Code == ParseIssueCodes.XmlUnknownAttribute);
        issue.Path.Should().Be("Patient.name[0].given[1]");
        issue.Line.Should().Be(5);
        issue.Column.Should().Be(18);
    }

    [Fact]
    public void Parse_EmptyValueAttribute_ReportsXml103()
    {
        var result = Parse($"<Patient {Ns}><gender value=\"\"/></Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlEmptyValue);
        result.ResourceAs<Patient>()!.Gender.Should().BeNull();
    }

    [Theory]
    [InlineData("<name/>")]
    [InlineData("<active/>")]
    [InlineData("<contained/>")]
    [InlineData("<extension url=\"\"/>")]
    public void Parse_ElementWithNoContent_ReportsXml103(string element)
    {
        var result = Parse($"<Patient {Ns}>{element}</Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlEmptyValue);
    }

    [Fact]
    public void Parse_NonRepeatingElementRepeated_ReportsXml110AndKeepsTheFirst()
    {
        var result = Parse($"<Patient {Ns}><active value=\"true\"/><active value=\"false\"/></Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlCardinality);
        result.ResourceAs<Patient>()!.Active!.RawValue.Should().Be("true");
    }

    [Fact]
    public void Parse_TwoTypesOfOneChoice_ReportsXml110()
    {
        var result = Parse($"<Patient {Ns}><deceasedBoolean value=\"true\"/><deceasedDateTime value=\"2020\"/></Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlCardinality);
    }

    [Fact]
    public void Parse_TwoResourcesInOneContainer_ReportsXml110()
    {
        var result = Parse($"<Bundle {Ns}><entry><resource><Patient/><Patient/></resource></entry></Bundle>");

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlCardinality);
        issue.Path.Should().Be("Bundle.entry[0].resource");
    }

    [Fact]
    public void Parse_UnknownResourceInBundle_ReportsXml105AtTheEntry()
    {
        var result = Parse($"<Bundle {Ns}><entry><resource><Patient/></resource></entry><entry><resource><Patient/></resource></entry>"
            + "<entry><resource><Spaceship/></resource></entry></Bundle>");

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlUnknownResourceType);
        issue.Path.Should().Be("Bundle.entry[2].resource");
        result.ResourceAs<Bundle>()!.Entry.Should().HaveCount(3);
    }

    [Fact]
    public void Parse_TextWhereNoneAllowed_ReportsXml111()
    {
        var result = Parse($"<Patient {Ns}><active value=\"true\">yes</active></Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlUnexpectedText);
    }

    [Fact]
    public void Parse_ChildInOtherNamespace_ReportsXml102()
    {
        var result = Parse($"<Patient {Ns}><active xmlns=\"urn:other\" value=\"true\"/></Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlWrongNamespace);
    }

    [Fact]
    public void Parse_DivNotInXhtmlNamespace_ReportsXml102()
    {
        var result = Parse($"<Patient {Ns}><text><status value=\"generated\"/><div>hello</div></text></Patient>");

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlWrongNamespace);
        issue.Path.Should().Be("Patient.text.div");
    }

    [Fact]
    public void Parse_PrefixedDiv_IsKeptInTheDefaultNamespace()
    {
        var result = Parse($"<Patient {Ns} xmlns:h=\"http://www.w3.org/1999/xhtml\"><text><status value=\"generated\"/><h:div><h:p>x</h:p></h:div></text></Patient>");

        result.Issues.Should().BeEmpty();
        result.ResourceAs<Patient>()!.Text!.Div!.RawValue.Should().Be("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></div>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p onclick=\"x()\">p</p>")]
    [InlineData("<a href=\" javascript:x()\">a</a>")]
    [InlineData("<iframe src=\"http://example.org\"/>")]
    public void Parse_DivWithActiveContent_ReportsXml112(string markup)
    {
        var result = Parse($"<Patient {Ns}><text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">{markup}</div></text></Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlInvalidXhtml);
        result.ResourceAs<Patient>()!.Text!.Div.Should().NotBeNull();
    }

    [Theory]
    [InlineData(false, IssueSeverity.Warning)]
    [InlineData(true, IssueSeverity.Error)]
    public void Parse_OutOfOrderElements_ReportsXml109ByMode(bool strict, IssueSeverity expected)
    {
        var result = Parse($"<Patient {Ns}><gender value=\"male\"/><active value=\"true\"/><birthDate value=\"2000\"/></Patient>",
            new FhirParserOptions { Strict = strict });

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlOutOfOrder);
        issue.Severity.Should().Be(expected);
        issue.Path.Should().Be("Patient.active");
        result.ResourceAs<Patient>()!.BirthDate!.RawValue.Should().Be("2000");
    }

    [Fact]
    public void Parse_ExtensionUrlAfterChildren_IsInOrder()
    {
        // url is an attribute, so its place in Extension's definition (after extension) does not matter.
        var result = Parse($"<Patient {Ns}><extension url=\"a\"><extension url=\"b\"><valueString value=\"v\"/></extension></extension></Patient>", StrictOptions);

        result.Issues.Should().BeEmpty();
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE Patient [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&xxe;\"/></Patient>")]
    [InlineData("<!DOCTYPE Patient SYSTEM \"http://example.org/evil.dtd\"><Patient xmlns=\"http://hl7.org/fhir\"/>")]
    [InlineData("<!DOCTYPE Patient><Patient xmlns=\"http://hl7.org/fhir\"/>")]
    public void Parse_Dtd_ReportsFatalXml104AndNoResource(string xml)
    {
        var parser = new FhirXmlParser(FhirModel.Instance);

        foreach (var result in new[] { parser.Parse(xml), parser.Parse(Encoding.UTF8.GetBytes(xml)) })
        {
            var issue = result.Issues.Should().ContainSingle().Which;
            issue.Code.Should().Be(ParseIssueCodes.XmlDtdProhibited);
            issue.Severity.Should().Be(IssueSeverity.Fatal);
            issue.Type.Should().Be(IssueType.Security);
            result.Resource.Should().BeNull();
        }
    }

    [Fact]
    public void Parse_DoctypeAfterTheRoot_IsMalformedNotXml104()
    {
        var result = Parse($"<Patient {Ns}/><!DOCTYPE Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlMalformed);
    }

    [Fact]
    public void Parse_BillionLaughs_ReportsXml104Quickly()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            xml.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">\n");
        }

        xml.Append("]>\n<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&lol9;\"/></Patient>");

        var result = Parse(xml.ToString());

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlDtdProhibited);
    }

    [Fact]
    public void Parse_Utf8ByteOrderMark_IsAccepted()
    {
        byte[] xml = [0xEF, 0xBB, 0xBF, .. "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/></Patient>"u8];

        var result = new FhirXmlParser(FhirModel.Instance, StrictOptions).Parse(xml);

        result.Issues.Should().BeEmpty();
        result.ResourceAs<Patient>()!.Active!.RawValue.Should().Be("true");
    }

    [Theory]
    [InlineData(false, IssueSeverity.Warning)]
    [InlineData(true, IssueSeverity.Error)]
    public void Parse_Iso88591Declaration_ReportsXml113ByModeAndDecodesAsDeclared(bool strict, IssueSeverity expected)
    {
        var xml = Encoding.Latin1.GetBytes($"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Patient {Ns}><name><family value=\"Cr\u00E8me\"/></name></Patient>");

        var result = new FhirXmlParser(FhirModel.Instance, new FhirParserOptions { Strict = strict }).Parse(xml);

        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(ParseIssueCodes.XmlNotUtf8);
        issue.Severity.Should().Be(expected);
        result.ResourceAs<Patient>()!.Name[0].Family!.RawValue.Should().Be("Cr\u00E8me");
    }

    [Fact]
    public void Parse_StringDeclaringUtf16_IsReadWithoutIssues()
    {
        // .NET writers declare utf-16 when writing to a string; the text is already decoded, so the declaration is moot.
        var result = Parse($"<?xml version=\"1.0\" encoding=\"utf-16\"?><Patient {Ns}><active value=\"true\"/></Patient>", StrictOptions);

        result.Issues.Should().BeEmpty();
        result.ResourceAs<Patient>()!.Active!.RawValue.Should().Be("true");
    }

    [Fact]
    public void Parse_MalformedDiv_ReportsXml100AndKeepsWhatCameBefore()
    {
        var result = Parse($"<Patient {Ns}><id value=\"p\"/><text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</div></text></Patient>");

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlMalformed);
        result.ResourceAs<Patient>()!.Id!.RawValue.Should().Be("p");
    }

    [Fact]
    public void Parse_Utf16WithoutDeclaration_ReportsXml113()
    {
        byte[] xml = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"<Patient {Ns}><active value=\"true\"/></Patient>")];

        var result = new FhirXmlParser(FhirModel.Instance).Parse(xml);

        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ParseIssueCodes.XmlNotUtf8);
        result.ResourceAs<Patient>()!.Active!.RawValue.Should().Be("true");
    }

    [Fact]
    public void Parse_CommentsAndProcessingInstructions_AreIgnored()
    {
        var result = Parse($"<?xml version=\"1.0\"?><!-- c --><?pi x?><Patient {Ns}><!-- c --><active value=\"true\"><!-- c --></active><?pi y?></Patient><!-- end -->", StrictOptions);

        result.Issues.Should().BeEmpty();
        result.ResourceAs<Patient>()!.Active!.RawValue.Should().Be("true");
    }

    [Fact]
    public void Parse_StringSpanAndStream_GiveTheSameResult()
    {
        const string xml = "<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"maybe\"/></Patient>";
        var parser = new FhirXmlParser(FhirModel.Instance);
        var bytes = Encoding.UTF8.GetBytes(xml);

        var results = new[] { parser.Parse(xml), parser.Parse(bytes.AsSpan()), parser.Parse(new MemoryStream(bytes)) };

        results.Select(r => r.Issues.Single().Code).Should().AllBe(ParseIssueCodes.XmlInvalidPrimitive);
        results.Select(r => r.ResourceAs<Patient>()!.Active!.RawValue).Should().AllBe("maybe");
    }

    private static ParseResult Parse(string xml, FhirParserOptions? options = null) =>
        new FhirXmlParser(FhirModel.Instance, options).Parse(xml);
}
