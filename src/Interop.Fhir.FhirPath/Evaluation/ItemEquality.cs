using System.Collections;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Equality (<c>=</c>) and equivalence (<c>~</c>) of items and collections, including complex elements.</summary>
internal static class ItemEquality
{
    /// <summary><c>a = b</c> for two items; null when the answer is empty (a primitive without value, differing precision).</summary>
    public static bool? Equal(object a, object b)
    {
        var x = SystemValue.Of(a);
        var y = SystemValue.Of(b);
        if (x is null || y is null)
        {
            return null;
        }

        if (x is Base || y is Base)
        {
            return x is Base ex && y is Base ey && ElementsMatch(ex, ey, equivalent: false);
        }

        return SystemValueComparer.Equal(x, y);
    }

    /// <summary><c>a ~ b</c> for two items.</summary>
    public static bool Equivalent(object a, object b)
    {
        var x = SystemValue.Of(a);
        var y = SystemValue.Of(b);
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        if (x is Base || y is Base)
        {
            return x is Base ex && y is Base ey && ElementsMatch(ex, ey, equivalent: true);
        }

        return SystemValueComparer.Equivalent(x, y);
    }

    /// <summary><c>left = right</c> for collections: empty when either is empty, false when sizes differ, else item by item in order.</summary>
    public static bool? Equal(IReadOnlyList<object> left, IReadOnlyList<object> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return null;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        var unknown = false;
        for (var i = 0; i < left.Count; i++)
        {
            switch (Equal(left[i], right[i]))
            {
                case false:
                    return false;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : true;
    }

    /// <summary><c>left ~ right</c> for collections: the same size and every item equivalent to one of the other's, in any order.</summary>
    public static bool Equivalent(IReadOnlyList<object> left, IReadOnlyList<object> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        var used = left.Count <= 64 ? stackalloc bool[left.Count] : new bool[left.Count];
        for (var i = 0; i < left.Count; i++)
        {
            var found = false;
            for (var j = 0; j < right.Count && !found; j++)
            {
                if (!used[j] && Equivalent(left[i], right[j]))
                {
                    used[j] = true;
                    found = true;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="collection"/> holds an item equal to <paramref name="item"/>.</summary>
    public static bool Contains(IReadOnlyList<object> collection, object item)
    {
        for (var i = 0; i < collection.Count; i++)
        {
            if (Equal(collection[i], item) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the items of <paramref name="items"/> not already in <paramref name="results"/> (by <c>=</c>).</summary>
    public static void AddDistinct(List<object> results, IReadOnlyList<object> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!Contains(results, items[i]))
            {
                results.Add(items[i]);
            }
        }
    }

    private static bool ElementsMatch(Base x, Base y, bool equivalent)
    {
        if (!ReferenceEquals(x.ClassMapping, y.ClassMapping))
        {
            return false;
        }

        foreach (var property in x.ClassMapping.Properties)
        {
            // Element ids are for references inside a resource, not part of the value (the spec leaves them out of ~).
            if (equivalent && property.Name == "id" && property.IsSystemString)
            {
                continue;
            }

            if (!ValuesMatch(property.Get(x), property.Get(y), equivalent))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ValuesMatch(object? x, object? y, bool equivalent)
    {
        if (x is IList xs)
        {
            if (y is not IList ys || xs.Count != ys.Count)
            {
                return xs.Count == 0 && (y is null || y is IList { Count: 0 });
            }

            for (var i = 0; i < xs.Count; i++)
            {
                if (!ValuesMatch(xs[i], ys[i], equivalent))
                {
                    return false;
                }
            }

            return true;
        }

        if (x is null || y is null)
        {
            return (x is null || x is IList { Count: 0 }) && (y is null || y is IList { Count: 0 });
        }

        return equivalent ? Equivalent(x, y) : Equal(x, y) == true || BothWithoutValue(x, y);
    }

    // Primitives that carry only extensions have no value to compare; their extensions were compared as children.
    private static bool BothWithoutValue(object x, object y) =>
        x is IPrimitive px && y is IPrimitive py && !px.HasValue && !py.HasValue && ElementsMatch((Base)x, (Base)y, equivalent: false);
}
