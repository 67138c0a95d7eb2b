using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;
using Interop.Testing;

namespace Interop.Mappings.Tests.DischargeMedicines;

/// <summary>A validator over core R4 and UK Core, built once: loading the packages takes a moment.</summary>
internal static class MappingStores
{
    private static readonly Lazy<FhirValidator> LazyUkCore = new(() =>
        Create([CorePackages.Folder(Interop.Fhir.R4.FhirModel.Instance), SharedFiles.Path("nhs", "ukcore-r4")]));

    /// <summary>Core R4 and UK Core.</summary>
    public static FhirValidator UkCore => LazyUkCore.Value;

    private static FhirValidator Create(string[] folders)
    {
        var store = ConformanceStore.Load(Interop.Fhir.R4.FhirModel.Instance, folders);
        return new FhirValidator(store, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(store) });
    }
}
