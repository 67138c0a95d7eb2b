using Interop.Fhir;
using Interop.Fhir.Introspection;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>Converts STU3 resources (Bundles entry by entry) to R4 with UK Core extensions, reporting what cannot be carried.</summary>
public static class Stu3ToR4Converter
{
    /// <summary>Converts one STU3 resource of the typed STU3 model to the typed R4 model.</summary>
    public static ConversionResult Convert(Base stu3Resource)
    {
        ArgumentNullException.ThrowIfNull(stu3Resource);
        var type = stu3Resource.ClassMapping;
        if (type.Kind != ClassKind.Resource || !ReferenceEquals(Interop.Fhir.Stu3.FhirModel.Instance.FindClass(type.Name), type))
        {
            throw new ArgumentException($"{type.Name} is not a resource of the STU3 model.", nameof(stu3Resource));
        }

        var copier = new ElementCopier();
        var resource = copier.ConvertResource(stu3Resource, type.Name);
        return new ConversionResult(resource, copier.Issues);
    }
}
