using Interop.Fhir.Validation.Terminology;

namespace Interop.Fhir.Validation.Tests.Terminology;

/// <summary>The cache expansions and code systems are kept in.</summary>
public sealed class BoundedCacheTests
{
    [Fact]
    public void GetOrAdd_SameKey_CreatesOnce()
    {
        var cache = new BoundedCache<string>(capacity: 4);
        var created = 0;

        cache.GetOrAdd("a", (k, _) => $"{k}{++created}", 0);
        var second = cache.GetOrAdd("a", (k, _) => $"{k}{++created}", 0);

        second.Should().Be("a1");
    }

    [Fact]
    public void GetOrAdd_Full_StaysWithinCapacity()
    {
        var cache = new BoundedCache<string>(capacity: 3);

        foreach (var key in Enumerable.Range(0, 10).Select(i => $"k{i}"))
        {
            cache.GetOrAdd(key, static (k, _) => k, 0);
        }

        cache.Count.Should().BeInRange(1, 3);
    }
}
