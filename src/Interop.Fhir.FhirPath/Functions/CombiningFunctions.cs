using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>Combining functions (spec section 5.4).</summary>
internal static class CombiningFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("union", 1, 1, static (_, focus, args) => Union(focus, args[0])),
        new("combine", 1, 1, Combine),
    ];

    /// <summary>The items of both collections without repeats (<c>|</c> and <c>union()</c>).</summary>
    public static IReadOnlyList<object> Union(IReadOnlyList<object> left, IReadOnlyList<object> right)
    {
        var results = new List<object>(left.Count + right.Count);
        ItemEquality.AddDistinct(results, left);
        ItemEquality.AddDistinct(results, right);
        return results;
    }

    private static IReadOnlyList<object> Combine(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        var results = default(ResultBuilder);
        results.AddRange(focus);
        results.AddRange(arguments[0]);
        return results.ToCollection();
    }
}
