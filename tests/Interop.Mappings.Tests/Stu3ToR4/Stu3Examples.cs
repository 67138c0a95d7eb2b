using Interop.Fhir;
using Interop.Fhir.Serialization.Xml;
using Interop.Testing;

namespace Interop.Mappings.Tests.Stu3ToR4;

/// <summary>The Update Record STU3 examples in <c>../shared</c>.</summary>
internal static class Stu3Examples
{
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
