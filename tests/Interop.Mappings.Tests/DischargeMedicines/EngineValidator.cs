using System.Text.Json;
using Interop.Engine.Local;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;

namespace Interop.Mappings.Tests.DischargeMedicines;

/// <summary>
/// A validator built the way the engine's validate step builds one (core package first, then the given packages; NHS
/// number, ODS and extension-domain settings from <c>fixtures/config/interop.sample.json</c>), so a fixture that passes
/// here passes the engine with the sample configuration and those packages.
/// </summary>
internal static class EngineValidator
{
    private static readonly Lazy<ValidatorOptions> SampleOptions = new(ReadSampleOptions);

    /// <summary>A validator over the core package of <paramref name="model"/> and <paramref name="packages"/>.</summary>
    public static FhirValidator For(ModelInfo model, params string[] packages)
    {
        var store = ConformanceStore.Load(model, [CorePackages.Folder(model), .. packages]);
        return new FhirValidator(store, SampleOptions.Value with { Terminology = TerminologyServiceFactory.Create(store) });
    }

    private static ValidatorOptions ReadSampleOptions()
    {
        var path = Path.Combine(RepositoryRoot.FindFrom(AppContext.BaseDirectory)!, "fixtures", "config", "interop.sample.json");
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var validation = json.RootElement.GetProperty("Interop").GetProperty("Validation");
        return new ValidatorOptions
        {
            NhsNumberSeverity = Enum.Parse<IssueSeverity>(validation.GetProperty("NhsNumberSeverity").GetString()!),
            OdsCodeSeverity = Enum.Parse<IssueSeverity>(validation.GetProperty("OdsCodeSeverity").GetString()!),
            AllowedExtensionDomains = [.. validation.GetProperty("AllowedExtensionDomains").EnumerateArray().Select(d => d.GetString()!)],
        };
    }
}
