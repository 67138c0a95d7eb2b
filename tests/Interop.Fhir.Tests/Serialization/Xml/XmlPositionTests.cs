using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Tests.Serialization.Xml;

public sealed class XmlPositionTests
{
    // Positions are of each start tag's '<', columns counted from 1.
    private const string Sample = """
        <Patient xmlns="http://hl7.org/fhir">
          <text>
            <status value="generated"/>
            <div xmlns="http://www.w3.org/1999/xhtml"><p>Ann</p></div>
          </text>
          <contained>
            <Organization><name value="Surgery"/></Organization>
          </contained>
          <active value="true"/>
          <name>
            <family value="Smith"/>
            <given value="Ann"/>
            <given value="Bea"/>
          </name>
          <name>
            <text value="Second"/>
          </name>
          <gender value="female"/>
          <birthDate>
            <extension url="http://example.org/x">
              <valueBoolean value="true"/>
            </extension>
          </birthDate>
          <maritalStatus>
            <text value="Married"/>
          </maritalStatus>
        </Patient>
        """;

    private static readonly FhirXmlParser Tracking = new(FhirModel.Instance, new FhirParserOptions { TrackPositions = true });

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("text.div", 4, 5)]
    [InlineData("contained[0]", 7, 5)]
    [InlineData("contained[0].name", 7, 19)]
    [InlineData("active", 9, 3)]
    [InlineData("name[0]", 10, 3)]
    [InlineData("name[1]", 15, 3)]
    [InlineData("name[0].family", 11, 5)]
    [InlineData("name[0].given[1]", 13, 5)]
    [InlineData("gender", 18, 3)]
    [InlineData("birthDate", 19, 3)] // extensions only, no value
    [InlineData("birthDate.extension[0]", 20, 5)]
    [InlineData("maritalStatus", 24, 3)]
    public void Parse_TrackPositions_RecordsWhereEachElementStarts(string path, int line, int column)
    {
        var result = Tracking.Parse(Sample);
        var element = path.Length == 0 ? result.Resource! : ElementPaths.Find(result.Resource!, path);

        result.Positions!.TryGet(element, out var actualLine, out var actualColumn).Should().BeTrue();
        (actualLine, actualColumn).Should().Be((line, column));
    }

    [Fact]
    public void Parse_TrackPositionsFromBytes_GivesEveryElementAPosition()
    {
        var result = Tracking.Parse(System.Text.Encoding.UTF8.GetBytes(Sample));

        result.Issues.Should().BeEmpty();
        ElementPaths.All(result.Resource!).Where(e => !result.Positions!.TryGet(e, out _, out _)).Should().BeEmpty();
    }

    [Fact]
    public void Parse_PositionsNotRequested_HasNoPositions()
    {
        new FhirXmlParser(FhirModel.Instance).Parse(Sample).Positions.Should().BeNull();
    }
}
