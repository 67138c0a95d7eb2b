using System.Text.Json;
using Interop.Fhir.Validation;

namespace Interop.Cli.Conformance.Validator;

/// <summary>
/// Reads HL7's validator suite manifest and selects the R4 cases this engine is held to: <c>version</c> 4.0 or 4.0.1,
/// <c>use-test</c> not false, no extra <c>packages</c>, in one of <see cref="Modules"/>, with a Java expectation the suite
/// ships (an inline error count, or an outcome file that exists: a few cases name files the suite does not carry). Each case
/// is the base validation of its file; the manifest's <c>profile</c> step is not a case of this selection. Supporting files
/// are the manifest's <c>supporting</c>, <c>supporting5</c> (loaded by the reference in every version: its R3 and R4B
/// outcomes use their definitions) and <c>profiles</c>.
/// </summary>
internal static class ValidatorTestSuite
{
    /// <summary>The manifest's path relative to the shared folder; the cases' files are in its folder.</summary>
    public const string RelativePath = "fhir-test-cases/validator/manifest.json";

    /// <summary>The suite's name in reports.</summary>
    public const string R4Name = "validator-r4";

    /// <summary>The manifest modules selected.</summary>
    public static IReadOnlySet<string> Modules { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "profile", "general", "bundle", "extensions", "references", "sd", "xhtml", "fmt", "invariants", "base",
    };

    private static readonly string[] R4Versions = ["4.0", "4.0.1"];

    private static readonly string[] ExampleDomains = ["http://example.org/", "https://example.org/", "http://acme.com/", "https://acme.com/"];

    /// <summary>The manifest under <paramref name="sharedFolder"/>.</summary>
    public static string ManifestFile(string sharedFolder) => Path.Combine(sharedFolder, RelativePath);

    /// <summary>The folder holding the cases' files (the manifest's folder).</summary>
    public static string Folder(string sharedFolder) => Path.GetDirectoryName(ManifestFile(sharedFolder))!;

    /// <summary>The selected R4 cases of the manifest at <paramref name="manifestPath"/>, in manifest order.</summary>
    public static IReadOnlyList<ValidatorTestCase> LoadR4(string manifestPath)
    {
        var outcomes = Path.Combine(Path.GetDirectoryName(manifestPath)!, "outcomes");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        var cases = new List<ValidatorTestCase>();
        foreach (var entry in manifest.RootElement.GetProperty("test-cases").EnumerateArray())
        {
            if (IsSelected(entry) && ExpectedOutcomeReader.Java(entry.GetProperty("java"), outcomes) is { } expected)
            {
                cases.Add(new ValidatorTestCase(
                    Name: entry.GetProperty("name").GetString()!,
                    Module: entry.GetProperty("module").GetString()!,
                    File: entry.GetProperty("file").GetString()!,
                    Supporting: [.. Strings(entry, "supporting"), .. Strings(entry, "supporting5"), .. Strings(entry, "profiles")],
                    Expected: expected,
                    Firely: String(entry, "firely-sdk-current") is { } firely ? ExpectedOutcomeReader.Firely(firely, outcomes) : null,
                    Options: Options(entry)));
            }
        }

        return cases;
    }

    private static bool IsSelected(JsonElement entry) =>
        String(entry, "version") is { } version && R4Versions.Contains(version)
        && !(entry.TryGetProperty("use-test", out var useTest) && useTest.ValueKind == JsonValueKind.False)
        && !Strings(entry, "packages").Any()
        && String(entry, "module") is { } module && Modules.Contains(module)
        && entry.TryGetProperty("java", out var java) && java.ValueKind is JsonValueKind.String or JsonValueKind.Object;

    // The reference's test settings allow examples unless a case says `examples: false`: example URLs pass, and so do
    // extensions of the example.org and acme.com domains without a definition. `validateReference: CHECK_EXISTS_AND_TYPE`
    // asks that references resolve; under CHECK_VALID the reference fetches targets from the suite's folder to validate
    // them, which the engine has no fetcher for.
    private static ValidatorOptions Options(JsonElement entry)
    {
        var examples = !(entry.TryGetProperty("examples", out var setting) && setting.ValueKind == JsonValueKind.False);
        return new ValidatorOptions
        {
            AllowExampleUrls = examples,
            AllowedExtensionDomains = examples ? ExampleDomains : [],
            ResolveReferences = String(entry, "validateReference") == "CHECK_EXISTS_AND_TYPE",
        };
    }

    private static string? String(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? "")
            : [];
}
