using System.Collections;
using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>Tree navigation (spec section 5.8): <c>children()</c> and <c>descendants()</c>, whose order is undefined.</summary>
internal static class TreeFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("children", 0, 0, Children) { Result = ResultType.Unordered },
        new("descendants", 0, 0, Descendants) { Result = ResultType.Unordered },
    ];

    private static IReadOnlyList<object> Children(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        var results = new List<object>();
        for (var i = 0; i < focus.Count; i++)
        {
            AddChildren(scope, focus[i], results);
        }

        return results;
    }

    private static IReadOnlyList<object> Descendants(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        var results = new List<object>();
        for (var i = 0; i < focus.Count; i++)
        {
            AddChildren(scope, focus[i], results);
        }

        // Each round adds the children of the items the previous round added: a breadth-first walk without recursion.
        for (var next = 0; next < results.Count; next++)
        {
            AddChildren(scope, results[next], results);
        }

        return results;
    }

    private static void AddChildren(EvaluationScope scope, object item, List<object> results)
    {
        if (item is not Base element)
        {
            return;
        }

        foreach (var property in element.ClassMapping.Properties)
        {
            scope.Step();
            switch (property.Get(element))
            {
                case null:
                    break;
                case IList list:
                    foreach (var child in list)
                    {
                        results.Add(child!);
                    }

                    break;
                case var child:
                    results.Add(child);
                    break;
            }
        }
    }
}
