using System.Text.Json;
using Interop.Engine.Local;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Mappings.Bars;
using Interop.Mappings.DischargeMedicines;
using Interop.Mappings.Stu3ToR4;

namespace Interop.Mappings.Tests.DischargeMedicines;

/// <summary>
/// One case under <c>fixtures/flows/discharge-medicines/</c>: the discharge document (<c>discharge-document.json</c>, or the
/// eDischarge message carrying it: <c>input.xml</c> in STU3, <c>input.json</c> in R4), what the directory says, and the
/// expected messages.
/// </summary>
internal sealed class DischargeCase
{
    /// <summary>This engine as the source of every message in the fixtures.</summary>
    public static readonly BarsMessageSource Source = new("Interop integration engine", "Interop", "1.0.0", "https://fhir.nhs.uk/Id/ods-organization-code|X26");

    private static readonly FhirJsonSerializer Serializer = new(new FhirSerializerOptions { Indented = true });

    private DischargeCase(string folder) => Folder = folder;

    /// <summary>The case's folder.</summary>
    public string Folder { get; }

    /// <summary>The case names, for data-driven tests.</summary>
    public static TheoryData<string> Names => ["four-change-statuses", "no-nominated-pharmacy", "edischarge-stu3", "edischarge-r4"];

    /// <summary>Loads a case by name.</summary>
    public static DischargeCase Load(string name) =>
        new(Path.Combine(RepositoryRoot.FindFrom(AppContext.BaseDirectory)!, "fixtures", "flows", "discharge-medicines", name));

    /// <summary>What converting the case's STU3 message to R4 did not carry as it was, as <c>code path</c> lines; null for an R4 case.</summary>
    public string? ConversionIssues { get; private set; }

    /// <summary>A fresh parse of the case's discharge document, taken out of the eDischarge message when the case has one.</summary>
    public Bundle Document()
    {
        var document = Path.Combine(Folder, "discharge-document.json");
        if (File.Exists(document))
        {
            return ParseR4(document);
        }

        var stu3 = Path.Combine(Folder, "input.xml");
        var message = File.Exists(stu3) ? ConvertStu3(stu3) : ParseR4(Path.Combine(Folder, "input.json"));
        return DischargeMessage.Document(message) ?? throw new InvalidOperationException("The message carries no Composition.");
    }

    /// <summary>The mapping request the case describes.</summary>
    public DischargeMedicinesRequest Request()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "case.json")));
        var root = json.RootElement;
        var pharmacy = root.GetProperty("pharmacy") is { ValueKind: JsonValueKind.Object } p
            ? new NominatedPharmacy(p.GetProperty("odsCode").GetString()!, p.GetProperty("dosServiceId").GetString(), p.GetProperty("name").GetString())
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

    /// <summary>
    /// The result as the golden files hold it: one JSON file per message, the failures as <c>code: reason</c> lines, and for
    /// an STU3 case what its conversion did not carry as it was (read after <see cref="Request"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Outputs(DischargeMedicinesResult result)
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (ConversionIssues is { } issues)
        {
            outputs["expected-conversion-issues.txt"] = issues;
        }

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

    private static Bundle ParseR4(string path)
    {
        var parsed = new FhirJsonParser(FhirModel.Instance).Parse(File.ReadAllBytes(path));
        parsed.HasErrors.Should().BeFalse("the fixture is valid R4 JSON");
        return parsed.ResourceAs<Bundle>()!;
    }

    private Bundle ConvertStu3(string path)
    {
        var parsed = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(File.ReadAllBytes(path));
        parsed.HasErrors.Should().BeFalse("the fixture is valid STU3 XML");
        var converted = Stu3ToR4Converter.Convert(parsed.Resource!);
        ConversionIssues = string.Concat(converted.Issues.Select(i => $"{i.Code} {i.Path}\n"));
        return (Bundle)converted.Resource!;
    }
}
