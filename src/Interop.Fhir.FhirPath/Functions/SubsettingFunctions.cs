using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>Subsetting functions (spec section 5.3); the indexer is compiled by the evaluator.</summary>
internal static class SubsettingFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("single", 0, 0, Single) { Result = ResultType.Input },
        new("first", 0, 0, static (_, focus, _) => focus.Count == 0 ? focus : Collection.Of(focus[0])) { Result = ResultType.Input, OrderDependent = true },
        new("last", 0, 0, static (_, focus, _) => focus.Count == 0 ? focus : Collection.Of(focus[^1])) { Result = ResultType.Input, OrderDependent = true },
        new("tail", 0, 0, static (_, focus, _) => Range(focus, 1, focus.Count - 1)) { Result = ResultType.Input, OrderDependent = true },
        new("skip", 1, 1, static (_, focus, args) => Count(args[0], "skip()") is { } n ? Range(focus, Math.Max(n, 0), focus.Count - Math.Max(n, 0)) : Collection.Empty)
        {
            Result = ResultType.Input,
            OrderDependent = true,
        },
        new("take", 1, 1, static (_, focus, args) => Count(args[0], "take()") is { } n ? Range(focus, 0, Math.Min(n, focus.Count)) : Collection.Empty)
        {
            Result = ResultType.Input,
            OrderDependent = true,
        },
        new("intersect", 1, 1, static (_, focus, args) => Filter(focus, args[0], keep: true)) { Result = ResultType.Input },
        new("exclude", 1, 1, static (_, focus, args) => Filter(focus, args[0], keep: false)) { Result = ResultType.Input },
    ];

    private static IReadOnlyList<object> Single(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        focus.Count <= 1 ? focus : throw new FhirPathException(FhirPathErrorCodes.SingletonExpected, $"single() found {focus.Count} items.");

    private static int? Count(IReadOnlyList<object> argument, string what) => Collection.SingleValue(argument, what) switch
    {
        null => null,
        int n => n,
        _ => throw new FhirPathException(FhirPathErrorCodes.WrongOperandType, $"{what} takes an Integer."),
    };

    private static IReadOnlyList<object> Range(IReadOnlyList<object> items, int start, int count)
    {
        if (count <= 0 || start >= items.Count)
        {
            return Collection.Empty;
        }

        if (start == 0 && count >= items.Count)
        {
            return items;
        }

        var results = new object[count];
        for (var i = 0; i < count; i++)
        {
            results[i] = items[start + i];
        }

        return results;
    }

    // intersect() keeps distinct items found in both; exclude() keeps every item not found in the other, repeats included.
    private static IReadOnlyList<object> Filter(IReadOnlyList<object> items, IReadOnlyList<object> other, bool keep)
    {
        var results = new List<object>();
        for (var i = 0; i < items.Count; i++)
        {
            if (ItemEquality.Contains(other, items[i]) == keep && (!keep || !ItemEquality.Contains(results, items[i])))
            {
                results.Add(items[i]);
            }
        }

        return results;
    }
}
