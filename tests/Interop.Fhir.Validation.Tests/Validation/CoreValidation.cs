using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Validation.Tests.Packages;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>Validates small JSON resources against the core R4 definitions, for the rules that need real Bundle and Reference definitions.</summary>
internal static class CoreValidation
{
    private static readonly Lazy<FhirValidator> LazyDefault = new(() => new FhirValidator(Stores.R4Core));

    /// <summary>The issues of <paramref name="json"/> (an R4 resource) under <paramref name="options"/>, default options when null.</summary>
    public static IReadOnlyList<ValidationIssue> Issues(string json, ValidatorOptions? options = null)
    {
        var parsed = new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(json);
        parsed.HasErrors.Should().BeFalse("the test's resource must parse");
        var validator = options is null ? LazyDefault.Value : new FhirValidator(Stores.R4Core, options);
        return validator.Validate(parsed.Resource!).Issues;
    }

    /// <summary>The issues of <paramref name="json"/> with <paramref name="code"/>, as their expressions.</summary>
    public static IReadOnlyList<string?> Where(string json, string code, ValidatorOptions? options = null) =>
        [.. Issues(json, options).Where(i => i.Code == code).Select(i => i.Expression)];
}
