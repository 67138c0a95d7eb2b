using System.Collections.Concurrent;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Caches the element names of choice values (<c>valueQuantity</c>), so writing allocates no names.</summary>
internal static class ChoiceNames
{
    private static readonly ConcurrentDictionary<(PropertyMapping Property, ClassMapping Type), string> Names = new();

    public static string Get(PropertyMapping property, ClassMapping type) =>
        Names.GetOrAdd((property, type), static key => ClassMapping.ChoiceName(key.Property, key.Type));
}
