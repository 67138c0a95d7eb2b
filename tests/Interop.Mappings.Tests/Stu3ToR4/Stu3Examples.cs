using Interop.Fhir;
using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;
using Interop.Testing;

namespace Interop.Mappings.Tests.Stu3ToR4;

/// <summary>The Update Record STU3 examples in <c>../shared</c>, and a UK Core validator built once for the tests.</summary>
internal static class Stu3Examples
{
    private static readonly Lazy<FhirValidator> LazyUkCore = new(() =>
    {
        var model = Interop.Fhir.R4.FhirModel.Instance;
        var store = ConformanceStore.Load(model, [CorePackages.Folder(model), SharedFiles.Path("nhs", "ukcore-r4")]);
        return new FhirValidator(store, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(store) });
    });

    /// <summary>Validates R4 resources against core R4 and UK Core, with bindings checked.</summary>
    public static FhirValidator UkCore => LazyUkCore.Value;

    /// <summary>The example file names, in order.</summary>
    public static IEnumerable<object[]> Files =>
        Directory.EnumerateFiles(SharedFiles.Path("nhs", "gpconnect-update-record-stu3", "examples"), "*.xml")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    /// <summary>Parses one example with the STU3 model.</summary>
    public static Base Parse(string file)
    {
        var parsed = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(
            SharedFiles.Read("nhs", "gpconnect-update-record-stu3", "examples", file));
        return parsed.Resource ?? throw new InvalidOperationException($"{file} did not parse.");
    }

    /// <summary>Every resource in an R4 resource, itself first, through Bundle entries (nested bundles too), with its path.</summary>
    public static IEnumerable<(Base Resource, string Path)> Resources(Base resource, string path)
    {
        yield return (resource, path);
        if (resource is Interop.Fhir.R4.Bundle bundle)
        {
            for (var i = 0; i < bundle.Entry.Count; i++)
            {
                if (bundle.Entry[i].Resource is { } inner)
                {
                    foreach (var nested in Resources(inner, $"{path}.entry[{i}].resource"))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }
}
