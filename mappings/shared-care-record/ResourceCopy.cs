using Interop.Fhir.R4;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>Deep copies of R4 resources, so the mapping never changes the resources it was given.</summary>
internal static class ResourceCopy
{
    /// <summary>A copy of <paramref name="resource"/> without its server id and version, which the Shared Care Record assigns.</summary>
    public static Resource ForWriting(Resource resource)
    {
        var copy = Common.ResourceCopy.Of(resource);
        copy.Id = null;
        if (copy.Meta is { } meta)
        {
            meta.VersionId = null;
            meta.LastUpdated = null;
        }

        return copy;
    }
}
