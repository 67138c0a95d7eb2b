using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;
using Interop.Testing;

namespace Interop.Mappings.Tests;

/// <summary>One validator over core R4 and UK Core (from <c>../shared</c>), with bindings checked, built once for every mapping test.</summary>
internal static class UkCoreValidator
{
    private static readonly Lazy<FhirValidator> LazyInstance = new(() =>
    {
        var model = Interop.Fhir.R4.FhirModel.Instance;
        var store = ConformanceStore.Load(model, [CorePackages.Folder(model), SharedFiles.Path("nhs", "ukcore-r4")]);
        return new FhirValidator(store, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(store) });
    });

    /// <summary>The validator.</summary>
    public static FhirValidator Instance => LazyInstance.Value;
}
