using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;
using Interop.Testing;

namespace Interop.Mappings.Tests.SharedCareRecord;

/// <summary>One validator over core R4 and UK Core, shared by the tests because loading the packages takes a moment.</summary>
internal static class UkCoreStore
{
    private static readonly Lazy<FhirValidator> LazyValidator = new(() =>
    {
        var model = Interop.Fhir.R4.FhirModel.Instance;
        var store = ConformanceStore.Load(model, [CorePackages.Folder(model), SharedFiles.Path("nhs", "ukcore-r4")]);
        return new FhirValidator(store, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(store) });
    });

    /// <summary>The validator.</summary>
    public static FhirValidator Validator => LazyValidator.Value;
}
