using Interop.Engine.Routing;

namespace Interop.Engine.Tests.Routing;

public sealed class RoutingTableLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("interop-routes-").FullName;

    [Fact]
    public void Load_SampleRoutes_LoadsEveryRule()
    {
        var (table, errors) = RoutingTableLoader.Load(SampleRoutes(), _ => true);

        errors.Should().BeEmpty();
        table!.Routes.Select(r => r.Name).Should().Contain("update-record-to-registered-gp");
        table.Routes.SelectMany(r => r.To).Select(RouteTarget.Parse).Should().NotContainNulls();
        table.Routes.Single(r => r.Name == "discharge-medicines-referral").Map.Should().Be(RouteMappings.DischargeMedicines);
    }

    [Fact]
    public void Load_Json_ReadsItAsYaml()
    {
        var (table, errors) = RoutingTableLoader.Load(Write("""{"routes":[{"name":"a","match":{"events":["ITK014M"]},"to":["registered-gp"]}]}"""), _ => true);

        errors.Should().BeEmpty();
        table!.Routes.Single().Match.Events.Should().Equal("ITK014M");
    }

    [Theory]
    [InlineData("routes:\n  - name: a\n    to: [registered-gp]\n  - name: a\n    to: [recipient]\n", "used by an earlier route")]
    [InlineData("routes:\n  - name: a\n    to: [somewhere]\n", "'somewhere' is not a target")]
    [InlineData("routes:\n  - name: a\n    to: [\"destination:nope\"]\n", "destination 'nope' is not in the destination directory")]
    [InlineData("routes:\n  - name: a\n    to: []\n", "sends nowhere")]
    [InlineData("routes:\n  - to: [recipient]\n", "has no name")]
    [InlineData("routes:\n  - name: a\n    match: { fhirVersion: R5 }\n    to: [recipient]\n", "fhirVersion must be R4 or STU3")]
    [InlineData("routes: []\n", "no routes")]
    [InlineData("routes:\n  - name: a\n    match: { where: \"Bundle.entry.resource.ofType(Patient).nhsNumber.exists()\" }\n    to: [recipient]\n", "FP202")]
    [InlineData("routes:\n  - name: a\n    match: { where: \"Bundle.entry.where(\" }\n    to: [recipient]\n", "FP107")]
    [InlineData("routes:\n  - name: a\n    match: { fhirVersion: R4, where: \"Bundle.entry.resource.ofType(ReferralRequest).exists()\" }\n    to: [recipient]\n", "FP203")]
    [InlineData("routes:\n  - name: a\n    mtch: {}\n", "(3,5): Property 'mtch' not found")]
    [InlineData("routes:\n  - name: a\n    to: [nominated-pharmacy]\n    map: discharge-medicine\n", "map 'discharge-medicine' is not a mapping (discharge-medicines)")]
    public void Load_BadRules_RefusedWithWhereAndWhy(string yaml, string expected)
    {
        var (table, errors) = RoutingTableLoader.Load(Write(yaml), id => id == "known");

        table.Should().BeNull();
        errors.Should().Contain(e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ConditionValidInOneVersion_Loads()
    {
        var yaml = "routes:\n  - name: a\n    match: { where: \"Bundle.entry.resource.ofType(ReferralRequest).exists()\" }\n    to: [recipient]\n";

        var (table, errors) = RoutingTableLoader.Load(Write(yaml), _ => true);

        errors.Should().BeEmpty();
        table!.Routes.Single().Match.Where.Should().Contain("ReferralRequest");
    }

    [Fact]
    public void Load_MissingFile_Refused()
    {
        var (table, errors) = RoutingTableLoader.Load(Path.Combine(_folder, "none.yaml"), _ => true);

        table.Should().BeNull();
        errors.Should().ContainSingle().Which.Should().Contain("does not exist");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private static string SampleRoutes() =>
        Path.Combine(Interop.Engine.Local.RepositoryRoot.FindFrom(AppContext.BaseDirectory)!, "fixtures", "config", "routes.yaml");
}
