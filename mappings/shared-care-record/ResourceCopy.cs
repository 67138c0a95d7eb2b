using Interop.Fhir.R4;
using Interop.Fhir.Serialization.Json;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>Deep copies of R4 resources, so the mapping never changes the resources it was given.</summary>
internal static class ResourceCopy
{
    private static readonly FhirJsonSerializer Serializer = new();
    private static readonly FhirJsonParser Parser = new(FhirModel.Instance);

    /// <summary>A copy of <paramref name="resource"/> without its server id and version, which the Shared Care Record assigns.</summary>
    public static Resource ForWriting(Resource resource)
    {
        var parsed = Parser.Parse(Serializer.SerializeToUtf8Bytes(resource));
        var copy = parsed.Resource as Resource
            ?? throw new InvalidOperationException($"A {resource.ClassMapping.Name} did not survive its own JSON round trip.");
        copy.Id = null;
        if (copy.Meta is { } meta)
        {
            meta.VersionId = null;
            meta.LastUpdated = null;
        }

        return copy;
    }
}
