using Interop.Mappings.DischargeMedicines;

namespace Interop.Mappings.Tests.DischargeMedicines;

public sealed class DischargeMedicinesGoldenTests
{
    // Set to 1 to rewrite the expected files after a reviewed change to the mapping; the diff is then the review.
    private static readonly bool Update = Environment.GetEnvironmentVariable("INTEROP_UPDATE_GOLDEN") == "1";

    [Theory]
    [MemberData(nameof(DischargeCase.Names), MemberType = typeof(DischargeCase))]
    public void Map_FixtureCase_MatchesExpectedFiles(string name)
    {
        var fixture = DischargeCase.Load(name);

        var outputs = fixture.Outputs(DischargeMedicinesMapping.Map(fixture.Request()));

        if (Update)
        {
            foreach (var stale in Directory.EnumerateFiles(fixture.Folder, "expected-*"))
            {
                File.Delete(stale);
            }

            foreach (var (file, text) in outputs)
            {
                File.WriteAllText(Path.Combine(fixture.Folder, file), text);
            }
        }

        var expected = fixture.ExpectedOutputs();
        expected.Keys.Should().Equal(outputs.Keys);
        foreach (var (file, text) in outputs)
        {
            text.Should().Be(expected[file], "{0} is the reviewed output", file);
        }
    }
}
