using FluentAssertions;

namespace Interop.Mappings.Tests.SharedCareRecord;

/// <summary>
/// Each case's transaction is compared with its golden file; run with <c>INTEROP_UPDATE_GOLDEN=1</c> to rewrite the
/// files after a deliberate change, then review the diff.
/// </summary>
public sealed class SharedCareRecordGoldenTests
{
    public static TheoryData<string> Cases => ShcrCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Map_FixtureCase_MatchesGoldenTransaction(string name)
    {
        var fixture = ShcrCase.Load(name);
        var actual = fixture.MapToJson();
        if (Environment.GetEnvironmentVariable("INTEROP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(fixture.ExpectedPath, actual);
        }

        actual.Should().Be(File.ReadAllText(fixture.ExpectedPath));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Map_SameInputTwice_GivesByteIdenticalJson(string name)
    {
        var first = ShcrCase.Load(name).MapToJson();
        var second = ShcrCase.Load(name).MapToJson();

        second.Should().Be(first);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Map_FixtureCase_LeavesItsInputUnchanged(string name)
    {
        var fixture = ShcrCase.Load(name);
        var serializer = new Interop.Fhir.Serialization.Json.FhirJsonSerializer();
        var before = fixture.Resources.Select(r => serializer.SerializeToUtf8Bytes(r.Resource)).ToList();

        fixture.MapToJson();

        fixture.Resources.Select(r => serializer.SerializeToUtf8Bytes(r.Resource)).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }
}
