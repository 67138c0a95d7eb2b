using Interop.Fhir.R4;
using Interop.Fhir.Serialization.Json;

namespace Interop.Mappings.Common;

/// <summary>Deep copies of R4 resources, so a mapping never changes the message it was given.</summary>
internal static class ResourceCopy
{
    private static readonly FhirJsonSerializer Serializer = new();
    private static readonly FhirJsonParser Parser = new(FhirModel.Instance);

    /// <summary>A deep copy of <paramref name="resource"/>, through its JSON form (the model has no clone).</summary>
    public static T Of<T>(T resource)
        where T : Resource =>
        Parser.Parse(Serializer.SerializeToUtf8Bytes(resource)).ResourceAs<T>()
            ?? throw new InvalidOperationException($"A {resource.ClassMapping.Name} did not survive its own JSON round trip.");
}
