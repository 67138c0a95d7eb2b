using System.Text.Json;
using Interop.Engine.Local;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Mappings.SharedCareRecord;

namespace Interop.Mappings.Tests.SharedCareRecord;

/// <summary>One golden case under <c>fixtures/flows/shared-care-record/</c>: the message's facts, its R4 resources and the expected transaction.</summary>
internal sealed record ShcrCase(string Name, SharedCareRecordSource Source, IReadOnlyList<SourceResource> Resources, string ExpectedPath)
{
    private static readonly JsonSerializerOptions SourceJson = new(JsonSerializerDefaults.Web);

    /// <summary>The serializer the golden files are written with.</summary>
    public static FhirJsonSerializer Serializer { get; } = new(new FhirSerializerOptions { Indented = true });

    /// <summary>The folder that holds every case.</summary>
    public static string Folder => Path.Combine(
        RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests inside the repository."),
        "fixtures", "flows", "shared-care-record");

    /// <summary>The names of every case, for data-driven tests.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileName(directory));
        }

        return names;
    }

    /// <summary>Loads the case <paramref name="name"/>; each call parses fresh resources.</summary>
    public static ShcrCase Load(string name)
    {
        var folder = Path.Combine(Folder, name);
        var source = JsonSerializer.Deserialize<SharedCareRecordSource>(File.ReadAllText(Path.Combine(folder, "source.json")), SourceJson)
            ?? throw new InvalidOperationException($"{name}/source.json is empty.");
        var parsed = new FhirJsonParser(FhirModel.Instance).Parse(File.ReadAllBytes(Path.Combine(folder, "input.json")));
        if (parsed.HasErrors || parsed.Resource is not Bundle bundle)
        {
            throw new InvalidOperationException($"{name}/input.json is not a valid R4 Bundle.");
        }

        var resources = bundle.Entry.Select(e => new SourceResource(e.FullUrl!.Value!, e.Resource!)).ToList();
        return new ShcrCase(name, source, resources, Path.Combine(folder, "expected.json"));
    }

    /// <summary>Maps the case and serializes the transaction as the golden file holds it.</summary>
    public string MapToJson()
    {
        var result = SharedCareRecordMapping.Map(Source, Resources);
        return Serializer.Serialize(result.Transaction ?? throw new InvalidOperationException(
            $"{Name} did not map: {string.Join(", ", result.Issues.Select(i => i.Code))}")) + "\n";
    }
}
