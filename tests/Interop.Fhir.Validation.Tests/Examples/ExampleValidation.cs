using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;
using Interop.Fhir.Validation.Tests.Packages;

namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>One validator per shared store, built once, and the errors of a parsed and validated example as comparable keys.</summary>
internal static class ExampleValidation
{
    private static readonly Lazy<FhirValidator> LazyUkCore = new(() => Create(Stores.UkCore));

    private static readonly Lazy<FhirValidator> LazyItk3 = new(() => Create(Stores.Itk3));

    /// <summary>Validates against core R4 and UK Core, with bindings checked.</summary>
    public static FhirValidator UkCore => LazyUkCore.Value;

    /// <summary>Validates against core STU3 and the Update Record's ITK3/CareConnect definitions, with bindings checked.</summary>
    public static FhirValidator Itk3 => LazyItk3.Value;

    /// <summary>Parses XML with <paramref name="model"/>, keeping source positions.</summary>
    public static ParseResult Parse(ModelInfo model, byte[] xml) =>
        new FhirXmlParser(model, new FhirParserOptions { TrackPositions = true }).Parse(xml);

    /// <summary>Validates what was parsed and returns every error, the parser's and the validator's, as <c>CODE@expression</c>.</summary>
    public static IReadOnlyList<string> Errors(FhirValidator validator, ParseResult parsed, IReadOnlyList<string>? profiles = null)
    {
        var resource = parsed.Resource ?? throw new InvalidOperationException("The example did not parse to a resource.");
        var validation = validator.Validate(resource, profiles, parsed.Positions);
        return
        [
            .. parsed.Issues.Where(i => i.IsError).Select(i => $"{i.Code}@{i.Path}"),
            .. validation.Issues.Where(i => i.IsError).Select(i => $"{i.Code}@{i.Expression}"),
        ];
    }

    private static FhirValidator Create(ConformanceStore store) =>
        new(store, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(store) });
}
