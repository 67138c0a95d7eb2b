using Interop.Engine.Acknowledgements;
using Interop.Fhir;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;
using Interop.Testing;
using Stu3 = Interop.Fhir.Stu3;

namespace Interop.Functions.Tests.EndToEnd.FlowCases;

/// <summary>Checks an ITK response as the sender received it against the ITK3 profiles (STU3 core and the ITK3 conformance folder).</summary>
internal static class Itk3Validator
{
    // Loading the packages takes a moment: one validator for every case.
    private static readonly Lazy<FhirValidator> Validator = new(() =>
    {
        var store = ConformanceStore.Load(Stu3.FhirModel.Instance, [CorePackages.Folder(Stu3.FhirModel.Instance), UpdateRecordExample.ConformanceFolder]);
        return new FhirValidator(store, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(store) });
    });

    /// <summary>The errors validating <paramref name="response"/> as an ITK-Message-Bundle-1 and its entries by their declared profiles.</summary>
    public static IEnumerable<string> Errors(Base response) =>
        Validator.Value.Validate(response, [ItkProfiles.MessageBundle]).Issues.Where(i => i.IsError).Select(i => $"{i.Code} at {i.Expression}: {i.Message}");
}
