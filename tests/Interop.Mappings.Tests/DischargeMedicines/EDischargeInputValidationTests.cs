using Interop.Engine.Local;
using Interop.Fhir;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation;
using Interop.Testing;

namespace Interop.Mappings.Tests.DischargeMedicines;

/// <summary>The eDischarge messages the Discharge Medicines fixtures start from are what the engine's validate step accepts.</summary>
public sealed class EDischargeInputValidationTests
{
    private const string ItkMessageBundle = "https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Message-Bundle-1";

    private static readonly Lazy<FhirValidator> Stu3Core = new(() => EngineValidator.For(Interop.Fhir.Stu3.FhirModel.Instance));
    private static readonly Lazy<FhirValidator> Stu3Itk = new(() => EngineValidator.For(Interop.Fhir.Stu3.FhirModel.Instance, UpdateRecordExample.ConformanceFolder));
    private static readonly Lazy<FhirValidator> R4UkCore = new(() => EngineValidator.For(Interop.Fhir.R4.FhirModel.Instance, SharedFiles.Path("nhs", "ukcore-r4")));

    [Fact]
    public void Validate_Stu3MessageWithSampleConfiguration_HasNoErrors()
    {
        // The sample configuration loads no STU3 package: each resource is checked against core STU3, its CareConnect and
        // ITK profiles are named but not loaded (a warning each), and the NHS extension domains are allowed.
        var result = Stu3Core.Value.Validate(Parse(Interop.Fhir.Stu3.FhirModel.Instance, "edischarge-stu3", "input.xml"));

        Errors(result).Should().BeEmpty();
    }

    [Fact]
    public void Validate_Stu3MessageAgainstItk3AndCareConnectProfiles_HasNoErrors()
    {
        // With the ITK3 / CareConnect conformance folder loaded, as the Update Record end-to-end tests configure it: the
        // header, handling extension, MedicationStatements, Medications, Encounter, Patient and Practitioner are checked
        // against their profiles, and the whole message against ITK-Message-Bundle-1.
        var result = Stu3Itk.Value.Validate(Parse(Interop.Fhir.Stu3.FhirModel.Instance, "edischarge-stu3", "input.xml"), [ItkMessageBundle]);

        Errors(result).Should().BeEmpty();
        result.Issues.Should().NotContain(i => i.Code == "VAL180" && i.Message.Contains("CareConnect-ITK-MedicationStatement-1", StringComparison.Ordinal), "the eDischarge medicines profile is loaded and applied");
    }

    [Fact]
    public void Validate_R4MessageWithUkCore_HasNoErrors()
    {
        var result = R4UkCore.Value.Validate(Parse(Interop.Fhir.R4.FhirModel.Instance, "edischarge-r4", "input.json"));

        Errors(result).Should().BeEmpty();
    }

    [Fact]
    public void Validate_Stu3MessageWithNhsNumberFailingModulus11_ReportsError()
    {
        // Proves the checks above can fail: the sample configuration rejects an NHS number that fails its check digit.
        var path = Fixture("edischarge-stu3", "input.xml");
        var xml = File.ReadAllText(path).Replace("9449305552", "9449305553", StringComparison.Ordinal);
        var parsed = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance, new FhirParserOptions { Strict = true }).Parse(xml);

        Stu3Core.Value.Validate(parsed.Resource!).Issues.Should().Contain(i => i.IsError && i.Code == "VAL190");
    }

    private static Base Parse(ModelInfo model, string fixture, string file)
    {
        // Strict, as the engine's receive step reads what it is sent.
        var options = new FhirParserOptions { Strict = true };
        var bytes = File.ReadAllBytes(Fixture(fixture, file));
        var parsed = file.EndsWith(".xml", StringComparison.Ordinal)
            ? new FhirXmlParser(model, options).Parse(bytes)
            : new FhirJsonParser(model, options).Parse(bytes);
        parsed.Issues.Should().BeEmpty();
        return parsed.Resource!;
    }

    private static string Fixture(string fixture, string file) =>
        Path.Combine(RepositoryRoot.FindFrom(AppContext.BaseDirectory)!, "fixtures", "flows", "discharge-medicines", fixture, file);

    private static IEnumerable<string> Errors(Interop.Fhir.Validation.Validation.ValidationResult result) =>
        result.Issues.Where(i => i.IsError).Select(i => $"{i.Code}@{i.Expression}: {i.Message}");
}
