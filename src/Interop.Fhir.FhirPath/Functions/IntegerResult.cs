using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>Integer results as collections; the small values that lengths and positions mostly are come from a cache.</summary>
internal static class IntegerResult
{
    private const int Lowest = -1;
    private static readonly IReadOnlyList<object>[] Cached = CreateCache(256);

    /// <summary>An Integer as a collection.</summary>
    public static IReadOnlyList<object> Of(int value)
    {
        var index = value - Lowest;
        return (uint)index < (uint)Cached.Length ? Cached[index] : Collection.Of(value);
    }

    private static IReadOnlyList<object>[] CreateCache(int count)
    {
        var cache = new IReadOnlyList<object>[count];
        for (var i = 0; i < count; i++)
        {
            cache[i] = Collection.Of(i + Lowest);
        }

        return cache;
    }
}
