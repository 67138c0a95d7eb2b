using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>Type reflection: <c>type()</c> (spec section 10); <c>trace()</c> and <c>defineVariable()</c> are special forms.</summary>
internal static class UtilityFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("type", 0, 0, Type),
    ];

    private static IReadOnlyList<object> Type(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        var results = default(ResultBuilder);
        for (var i = 0; i < focus.Count; i++)
        {
            if (ItemType.Of(focus[i]) is { } type)
            {
                results.Add(type);
            }
        }

        return results.ToCollection();
    }
}
