using System.Collections;
using Interop.Fhir;
using Interop.Fhir.R4;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>Deep copies of R4 resources, so the mapping never changes the resources it was given.</summary>
internal static class ResourceCopy
{
    /// <summary>A copy of <paramref name="resource"/> without its server id and version, which the Shared Care Record assigns.</summary>
    public static Resource ForWriting(Resource resource)
    {
        var copy = (Resource)Copy(resource);
        copy.Id = null;
        if (copy.Meta is { } meta)
        {
            meta.VersionId = null;
            meta.LastUpdated = null;
        }

        return copy;
    }

    // Through the model's metadata rather than a JSON round trip (a serialize and a parse per resource, a quarter of the
    // mapping's time): every element is new; strings, immutable, are shared.
    private static Base Copy(Base source)
    {
        var copy = source.ClassMapping.CreateInstance();
        if (source is IPrimitive primitive)
        {
            ((IPrimitive)copy).RawValue = primitive.RawValue;
        }

        foreach (var property in source.ClassMapping.Properties)
        {
            switch (property.Get(source))
            {
                case null:
                    break;
                case Base element:
                    property.Set(copy, Copy(element));
                    break;
                case IList list:
                    var items = property.GetOrCreateList!(copy);
                    foreach (var item in list)
                    {
                        items.Add(item is Base element ? Copy(element) : item);
                    }

                    break;
                case var text:
                    property.Set(copy, text);
                    break;
            }
        }

        return copy;
    }
}
