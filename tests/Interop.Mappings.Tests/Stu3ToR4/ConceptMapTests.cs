using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using Interop.Testing;

namespace Interop.Mappings.Tests.Stu3ToR4;

public sealed partial class ConceptMapTests
{
    private static readonly Lazy<HashSet<string>> UkCoreUrls = new(() =>
        [.. Directory.EnumerateFiles(SharedFiles.Path("nhs", "ukcore-r4"), "*.xml", SearchOption.AllDirectories)
            .Select(f => CanonicalUrl().Match(File.ReadAllText(f)))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)]);

    public static TheoryData<string> ConceptMaps { get; } = new(
        "ConceptMap-Stu3ToR4-ExtensionUrls.json", "ConceptMap-Stu3ToR4-CodeSystems.json", "ConceptMap-Stu3ToR4-Profiles.json", "ConceptMap-Stu3ToR4-StatusCodes.json");

    [Theory]
    [MemberData(nameof(ConceptMaps))]
    public void ConceptMap_EveryUkCoreTarget_IsDefinedInTheUkCorePackage(string file)
    {
        var targets = Targets(file).ToList();

        targets.Should().NotBeEmpty();
        targets.Where(t => t.StartsWith("https://fhir.hl7.org.uk/", StringComparison.Ordinal) && !UkCoreUrls.Value.Contains(t))
            .Should().BeEmpty("every UK Core URL the conversion writes must exist in UK Core");
    }

    [Theory]
    [MemberData(nameof(ConceptMaps))]
    public void ConceptMap_Load_ParsesAsAnR4ConceptMap(string file)
    {
        var act = () => Interop.Mappings.Stu3ToR4.ConceptMapTable.Load(file);

        act.Should().NotThrow();
    }

    private static IEnumerable<string> Targets(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolder(), "mappings", "stu3-to-r4", file)));
        foreach (var group in json.RootElement.GetProperty("group").EnumerateArray())
        {
            if (group.TryGetProperty("target", out var system))
            {
                yield return system.GetString()!;
            }

            foreach (var element in group.GetProperty("element").EnumerateArray())
            {
                foreach (var target in element.GetProperty("target").EnumerateArray())
                {
                    if (target.TryGetProperty("code", out var code) && code.GetString()!.StartsWith("http", StringComparison.Ordinal))
                    {
                        yield return code.GetString()!;
                    }
                }
            }
        }
    }

    private static string RepositoryFolder() =>
        Interop.Engine.Local.RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Run the tests inside the repository.");

    [GeneratedRegex("<url value=\"([^\"]+)\"")]
    private static partial Regex CanonicalUrl();
}
