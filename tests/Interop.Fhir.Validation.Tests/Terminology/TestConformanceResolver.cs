using Interop.Engine.Local;
using Interop.Fhir.Introspection;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Packages;
using Interop.Testing;

namespace Interop.Fhir.Validation.Tests.Terminology;

/// <summary>
/// A resolver over a few named conformance resources, until the package store lands: core ones from the fetched R4 or STU3
/// examples package, UK Core ones from <c>../shared</c>, and made-up ones from <c>Fixtures</c>.
/// </summary>
internal sealed class TestConformanceResolver(ModelInfo model) : IConformanceResolver
{
    private readonly Dictionary<string, Base> resources = new(StringComparer.Ordinal);

    public ModelInfo Model { get; } = model;

    private static string Root => RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Run the tests inside the repository.");

    public static TestConformanceResolver R4() => new(Interop.Fhir.R4.FhirModel.Instance);

    public static TestConformanceResolver Stu3() => new(Interop.Fhir.Stu3.FhirModel.Instance);

    public StructureDefinitionInfo? FindStructureDefinition(string canonical) => null;

    public Base? FindResource(string resourceType, string canonical) => resources.GetValueOrDefault($"{resourceType} {canonical}");

    /// <summary>Adds files of the core examples package of the model's FHIR version, by file name.</summary>
    public TestConformanceResolver WithCore(params string[] fileNames)
    {
        var package = Model == Interop.Fhir.R4.FhirModel.Instance ? "hl7.fhir.r4.examples" : "hl7.fhir.r3.examples";
        foreach (var fileName in fileNames)
        {
            Add(new FhirJsonParser(Model).Parse(File.ReadAllBytes(Path.Combine(Root, ".cache", "fhir", package, "package", fileName))).Resource);
        }

        return this;
    }

    /// <summary>Adds UK Core XML files from <c>valuesets</c> or <c>codesystems</c>, by file name.</summary>
    public TestConformanceResolver WithUkCore(params string[] fileNames)
    {
        foreach (var fileName in fileNames)
        {
            var folder = fileName.StartsWith("ValueSet-", StringComparison.Ordinal) ? "valuesets" : "codesystems";
            Add(new FhirXmlParser(Model).Parse(SharedFiles.Read("nhs", "ukcore-r4", folder, fileName)).Resource);
        }

        return this;
    }

    /// <summary>Adds the made-up code systems and value sets of <c>Fixtures/Bundle-terminology-fixtures.json</c>.</summary>
    public TestConformanceResolver WithFixtures()
    {
        var path = Path.Combine(Root, "tests", "Interop.Fhir.Validation.Tests", "Terminology", "Fixtures", "Bundle-terminology-fixtures.json");
        var bundle = new FhirJsonParser(Model).Parse(File.ReadAllBytes(path)).Resource;
        foreach (var entry in bundle.Children("entry"))
        {
            Add(entry.Child("resource"));
        }

        return this;
    }

    // Found by url and by url|version, as the package store answers; the last one added wins an unversioned url.
    private void Add(Base? resource)
    {
        if (resource?.Text("url") is not { } url)
        {
            throw new InvalidOperationException("The test resource did not parse or has no url.");
        }

        var type = resource.TypeName();
        resources[$"{type} {url}"] = resource;
        if (resource.Text("version") is { } version)
        {
            resources[$"{type} {url}|{version}"] = resource;
        }
    }
}
