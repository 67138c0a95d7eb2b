using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;

namespace Interop.Fhir.Tests.Serialization.Json;

public class JsonPositionTests
{
    // Columns below count from 1; the sample is ASCII, so bytes and characters agree.
    private const string Sample = """
        {
          "resourceType": "Patient",
          "contained": [ { "resourceType": "Organization", "name": "Surgery" } ],
          "_active": { "id": "a1" },
          "active": true,
          "name": [
            {
              "family": "Smith",
              "given": [ "Ann", "Bea" ],
              "_given": [ null, { "id": "g2" } ]
            },
            { "text": "Second" }
          ],
          "gender": "female",
          "_birthDate": {
            "extension": [ { "url": "http://example.org/x", "valueBoolean": true } ]
          },
          "maritalStatus": {
            "text": "Married"
          }
        }
        """;

    private static readonly FhirJsonParser Tracking = new(FhirModel.Instance, new FhirParserOptions { TrackPositions = true });

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("contained[0]", 3, 18)]
    [InlineData("contained[0].name", 3, 60)]
    [InlineData("active", 5, 13)] // the value, not the '_active' object before it
    [InlineData("name[0]", 7, 5)]
    [InlineData("name[1]", 12, 5)]
    [InlineData("name[0].family", 8, 17)]
    [InlineData("name[0].given[1]", 9, 25)] // the value, not its '_given' object after it
    [InlineData("gender", 14, 13)]
    [InlineData("birthDate", 15, 17)] // only '_birthDate': its object
    [InlineData("birthDate.extension[0]", 16, 20)]
    [InlineData("maritalStatus", 18, 20)]
    public void Parse_TrackPositions_RecordsWhereEachElementStarts(string path, int line, int column)
    {
        var result = Tracking.Parse(Sample);
        var element = path.Length == 0 ? result.Resource! : ElementPaths.Find(result.Resource!, path);

        result.Positions!.TryGet(element, out var actualLine, out var actualColumn).Should().BeTrue();
        (actualLine, actualColumn).Should().Be((line, column));
    }

    [Fact]
    public void Parse_TrackPositions_GivesEveryElementAPosition()
    {
        var result = Tracking.Parse(Sample);

        result.Issues.Should().BeEmpty();
        ElementPaths.All(result.Resource!).Where(e => !result.Positions!.TryGet(e, out _, out _)).Should().BeEmpty();
    }

    [Fact]
    public void Parse_TrackPositionsWithByteOrderMark_CountsColumnsAfterIt()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. "{\"resourceType\":\"Patient\",\"active\":true}"u8];

        var result = Tracking.Parse(json);

        result.Positions!.TryGet(result.ResourceAs<Patient>()!.Active!, out var line, out var column).Should().BeTrue();
        (line, column).Should().Be((1, 36));
    }

    [Fact]
    public void Parse_PositionsNotRequested_HasNoPositions()
    {
        new FhirJsonParser(FhirModel.Instance).Parse(Sample).Positions.Should().BeNull();
    }
}
