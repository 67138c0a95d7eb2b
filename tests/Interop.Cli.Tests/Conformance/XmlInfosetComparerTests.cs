using System.Text;
using Interop.Cli.Conformance;

namespace Interop.Cli.Tests.Conformance;

public sealed class XmlInfosetComparerTests
{
    private const string Patient = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment -->
        <Patient xmlns="http://hl7.org/fhir" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://hl7.org/fhir ../patient.xsd">
          <id value="p1"/>
          <text>
            <status value="generated"/>
            <div xmlns="http://www.w3.org/1999/xhtml"><p>Jo  <b>Smith</b></p></div>
          </text>
          <active value="true"/>
        </Patient>
        """;

    [Fact]
    public void Compare_SameContentOtherLayoutAndPrefixes_IsEqual()
    {
        const string compact = """<f:Patient xmlns:f="http://hl7.org/fhir"><f:id value="p1"/><f:text><f:status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><p>Jo <b>Smith</b></p></div></f:text><f:active value="true"/></f:Patient>""";

        Compare(Patient, compact).Should().BeNull();
    }

    [Fact]
    public void Compare_AttributeValueChanged_ReportsAttribute()
    {
        Compare(Patient, Patient.Replace("\"true\"", "\"false\"", StringComparison.Ordinal))
            .Should().Be(new Difference("/Patient/active[1]/@value", DifferenceKind.ValueDiffers));
    }

    [Fact]
    public void Compare_ElementMissing_ReportsMissing()
    {
        Compare(Patient, Patient.Replace("<active value=\"true\"/>", "", StringComparison.Ordinal))
            .Should().Be(new Difference("/Patient/active[1]", DifferenceKind.Missing));
    }

    [Fact]
    public void Compare_ExtraAttribute_ReportsUnexpected()
    {
        Compare(Patient, Patient.Replace("<id value=\"p1\"/>", "<id value=\"p1\" id=\"x\"/>", StringComparison.Ordinal))
            .Should().Be(new Difference("/Patient/id[1]/@id", DifferenceKind.Unexpected));
    }

    [Fact]
    public void Compare_ElementInOtherNamespace_ReportsName()
    {
        Compare(Patient, Patient.Replace("<active value", "<active xmlns=\"urn:other\" value", StringComparison.Ordinal))
            .Should().Be(new Difference("/Patient/active[1]", DifferenceKind.NameDiffers));
    }

    [Fact]
    public void Compare_ElementsInOtherOrder_ReportsName()
    {
        const string first = """<Patient xmlns="http://hl7.org/fhir"><id value="1"/><active value="true"/></Patient>""";
        const string second = """<Patient xmlns="http://hl7.org/fhir"><active value="true"/><id value="1"/></Patient>""";

        Compare(first, second).Should().Be(new Difference("/Patient/id[1]", DifferenceKind.NameDiffers));
    }

    [Fact]
    public void Compare_DivTextChanged_ReportsText()
    {
        Compare(Patient, Patient.Replace("Smith", "Smyth", StringComparison.Ordinal))
            .Should().Be(new Difference("/Patient/text[1]/div[1]/p[1]/b[1]/text()[1]", DifferenceKind.ValueDiffers));
    }

    [Fact]
    public void Compare_DivWhitespaceDropped_ReportsText()
    {
        Compare(Patient, Patient.Replace("Jo  <b>", "Jo<b>", StringComparison.Ordinal))
            .Should().Be(new Difference("/Patient/text[1]/div[1]/p[1]/text()[1]", DifferenceKind.ValueDiffers));
    }

    [Fact]
    public void CompareMarkup_SelfClosedOrNot_IsEqual()
    {
        XmlInfosetComparer.CompareMarkup("<div xmlns=\"http://www.w3.org/1999/xhtml\">a<br/>b</div>", "<div xmlns=\"http://www.w3.org/1999/xhtml\">a<br></br>b</div>")
            .Should().BeNull();
    }

    [Fact]
    public void Compare_InFhirOrder_ReordersFhirElementsButNotRepeatsOrXhtml()
    {
        const string outOfOrder = """<Patient xmlns="http://hl7.org/fhir"><gender value="male"/><name><given value="A"/></name><id value="1"/><name><given value="B"/></name></Patient>""";
        const string inOrder = """<Patient xmlns="http://hl7.org/fhir"><id value="1"/><name><given value="A"/></name><name><given value="B"/></name><gender value="male"/></Patient>""";
        const string repeatsSwapped = """<Patient xmlns="http://hl7.org/fhir"><id value="1"/><name><given value="B"/></name><name><given value="A"/></name><gender value="male"/></Patient>""";

        Compare(outOfOrder, inOrder).Should().NotBeNull();
        XmlInfosetComparer.Compare(Encoding.UTF8.GetBytes(outOfOrder), Encoding.UTF8.GetBytes(inOrder), inFhirOrder: true).Should().BeNull();
        XmlInfosetComparer.Compare(Encoding.UTF8.GetBytes(outOfOrder), Encoding.UTF8.GetBytes(repeatsSwapped), inFhirOrder: true).Should().NotBeNull();
    }

    private static Difference? Compare(string expected, string actual) =>
        XmlInfosetComparer.Compare(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
