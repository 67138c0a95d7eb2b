using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>Existence functions (spec section 5.1) whose arguments are plain values; <c>exists(criteria)</c> and <c>all()</c> are special forms.</summary>
internal static class ExistenceFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("empty", 0, 0, static (_, focus, _) => Collection.Of(focus.Count == 0)) { Result = ResultType.Boolean },
        new("count", 0, 0, static (_, focus, _) => Collection.Of((object)focus.Count)) { Result = ResultType.Integer },
        new("not", 0, 0, Not) { Result = ResultType.Boolean },
        new("allTrue", 0, 0, static (_, focus, _) => Collection.Of(AllAre(focus, true, "allTrue()"))) { Result = ResultType.Boolean },
        new("allFalse", 0, 0, static (_, focus, _) => Collection.Of(AllAre(focus, false, "allFalse()"))) { Result = ResultType.Boolean },
        new("anyTrue", 0, 0, static (_, focus, _) => Collection.Of(!AllAre(focus, false, "anyTrue()"))) { Result = ResultType.Boolean },
        new("anyFalse", 0, 0, static (_, focus, _) => Collection.Of(!AllAre(focus, true, "anyFalse()"))) { Result = ResultType.Boolean },
        new("subsetOf", 1, 1, static (_, focus, args) => Collection.Of(IsSubset(focus, args[0]))) { Result = ResultType.Boolean },
        new("supersetOf", 1, 1, static (_, focus, args) => Collection.Of(IsSubset(args[0], focus))) { Result = ResultType.Boolean },
        new("isDistinct", 0, 0, static (_, focus, _) => Collection.Of(Distinct(focus).Count == focus.Count)) { Result = ResultType.Boolean },
        new("distinct", 0, 0, static (_, focus, _) => Distinct(focus)) { Result = ResultType.Input },
    ];

    /// <summary>The items of <paramref name="items"/> without repeats (by <c>=</c>), in their first order.</summary>
    public static IReadOnlyList<object> Distinct(IReadOnlyList<object> items)
    {
        if (items.Count < 2)
        {
            return items;
        }

        var results = new List<object>(items.Count);
        ItemEquality.AddDistinct(results, items);
        return results;
    }

    private static IReadOnlyList<object> Not(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Collection.ToBoolean(focus, "not()") is { } value ? Collection.Of(!value) : Collection.Empty;

    // Whether every item is the Boolean `value`; items that are not Booleans are an error, as the spec says.
    private static bool AllAre(IReadOnlyList<object> items, bool value, string what)
    {
        var all = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (SystemValue.Of(items[i]) is not bool item)
            {
                throw new FhirPathException(FhirPathErrorCodes.WrongOperandType, $"{what} applies to Booleans only.");
            }

            all &= item == value;
        }

        return all;
    }

    private static bool IsSubset(IReadOnlyList<object> subset, IReadOnlyList<object> superset)
    {
        for (var i = 0; i < subset.Count; i++)
        {
            if (!ItemEquality.Contains(superset, subset[i]))
            {
                return false;
            }
        }

        return true;
    }
}
