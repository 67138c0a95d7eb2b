using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>Existence functions (spec section 5.1) whose arguments are plain values.</summary>
internal static class ExistenceFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("empty", 0, 0, static (_, focus, _) => Collection.Of(focus.Count == 0)) { Result = ResultType.Boolean },
        new("count", 0, 0, static (_, focus, _) => Collection.Of((object)focus.Count)) { Result = ResultType.Integer },
        new("not", 0, 0, Not) { Result = ResultType.Boolean },
    ];

    private static IReadOnlyList<object> Not(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Collection.ToBoolean(focus, "not()") is { } value ? Collection.Of(!value) : Collection.Empty;
}
