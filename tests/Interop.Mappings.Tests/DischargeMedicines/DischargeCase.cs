using System.Text.Json;
using Interop.Engine.Local;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Mappings.Bars;
using Interop.Mappings.DischargeMedicines;

namespace Interop.Mappings.Tests.DischargeMedicines;

/// <summary>One case under <c>fixtures/flows/discharge-medicines/</c>: the discharge document, what the directory says, and the expected messages.</summary>
internal sealed class DischargeCase
{
    /// <summary>This engine as the source of every message in the fixtures.</summary>
    public static readonly BarsMessageSource Source = new("Interop integration engine", "Interop", "1.0.0", "https://fhir.nhs.uk/Id/ods-organization-code|X26");

    private static readonly FhirJsonSerializer Serializer = new(new FhirSerializerOptions { Indented = true });

    private DischargeCase(string folder) => Folder = folder;

    /// <summary>The case's folder.</summary>
    public string Folder { get; }

    /// <summary>The case names, for data-driven tests.</summary>
    public static TheoryData<string> Names => ["four-change-statuses", "no-nominated-pharmacy"];

    /// <summary>Loads a case by name.</summary>
    public static DischargeCase Load(string name) =>
        new(Path.Combine(RepositoryRoot.FindFrom(AppContext.BaseDirectory)!, "fixtures", "flows", "discharge-medicines", name));

    /// <summary>A fresh parse of the case's discharge document.</summary>
    public Bundle Document()
    {
        var parsed = new FhirJsonParser(FhirModel.Instance).Parse(File.ReadAllBytes(Path.Combine(Folder, "discharge-document.json")));
        parsed.HasErrors.Should().BeFalse("the fixture is valid R4 JSON");
        return parsed.ResourceAs<Bundle>()!;
    }

    /// <summary>The mapping request the case describes.</summary>
    public DischargeMedicinesRequest Request()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "case.json")));
        var root = json.RootElement;
        var pharmacy = root.GetProperty("pharmacy") is { ValueKind: JsonValueKind.Object } p
            ? new NominatedPharmacy(p.GetProperty("odsCode").GetString()!, p.GetProperty("dosServiceId").GetString()!, p.GetProperty("name").GetString())
            : null;
        var gp = root.GetProperty("gp") is { ValueKind: JsonValueKind.Object } g
            ? new RegisteredGp(g.GetProperty("odsCode").GetString()!, null, g.GetProperty("name").GetString())
            : null;
        return new DischargeMedicinesRequest
        {
            Document = Document(),
            Pharmacy = pharmacy,
            Gp = gp,
            Source = Source,
            Timestamp = root.GetProperty("timestamp").GetDateTimeOffset(),
        };
    }

    /// <summary>The result as the golden files hold it: one JSON file per message, and the failures as <c>code: reason</c> lines.</summary>
    public static IReadOnlyDictionary<string, string> Outputs(DischargeMedicinesResult result)
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (result.PharmacyReferral is { } referral)
        {
            outputs["expected-pharmacy-referral.json"] = Serializer.Serialize(referral) + "\n";
        }

        if (result.GpCopy is { } copy)
        {
            outputs["expected-gp-copy.json"] = Serializer.Serialize(copy) + "\n";
        }

        outputs["expected-failures.txt"] = string.Concat(result.Failures.Select(f => $"{f.Code}: {f.Reason}\n"));
        return outputs;
    }

    /// <summary>The expected output files in the folder.</summary>
    public IReadOnlyDictionary<string, string> ExpectedOutputs() =>
        new SortedDictionary<string, string>(
            Directory.EnumerateFiles(Folder, "expected-*").ToDictionary(f => Path.GetFileName(f), File.ReadAllText),
            StringComparer.Ordinal);
}
