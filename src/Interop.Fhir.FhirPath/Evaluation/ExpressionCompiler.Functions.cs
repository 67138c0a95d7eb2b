using Interop.Fhir.FhirPath.Functions;
using Interop.Fhir.FhirPath.Syntax;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Compiles calls of library functions; functions with per-item arguments are special forms.</summary>
internal sealed partial class ExpressionCompiler
{
    private Compiled CompileFunction(FunctionNode node)
    {
        var focus = node.Focus is null ? new Compiled(static (_, context) => context, _thisType) : CompileNode(node.Focus);
        if (TryCompileSpecialForm(node, focus) is { } special)
        {
            return special;
        }

        var definition = FunctionTable.Find(node.Name)
            ?? throw new FhirPathException(FhirPathErrorCodes.UnknownFunction, $"Unknown function '{node.Name}'.", node.Position);
        CheckArity(node, definition.MinArguments, definition.MaxArguments);
        definition.CheckInput(focus.Type, node.Position);
        if (definition.OrderDependent)
        {
            CheckOrdered(focus.Type, node.Position);
        }

        var arguments = new Evaluator[node.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = CompileNode(node.Arguments[i]).Evaluate;
        }

        var evaluateFocus = focus.Evaluate;
        var body = definition.Body;
        Evaluator evaluate = arguments.Length == 0
            ? (scope, context) =>
            {
                scope.Step();
                return body(scope, evaluateFocus(scope, context), []);
            }
            : (scope, context) =>
            {
                scope.Step();
                var input = evaluateFocus(scope, context);
                var values = new IReadOnlyList<object>[arguments.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = arguments[i](scope, context);
                }

                return body(scope, input, values);
            };
        return new Compiled(evaluate, ResultOf(definition.Result, focus.Type));
    }

    private static StaticType ResultOf(ResultType result, StaticType focus) => result switch
    {
        ResultType.Input => focus,
        ResultType.Boolean => StaticType.Of(SystemType.Boolean),
        ResultType.Integer => StaticType.Of(SystemType.Integer),
        ResultType.String => StaticType.Of(SystemType.String),
        ResultType.Unordered => StaticType.Unknown with { Unordered = true },
        _ => StaticType.Unknown,
    };

    private static void CheckArity(FunctionNode node, int min, int max)
    {
        if (node.Arguments.Count < min || node.Arguments.Count > max)
        {
            var expected = min == max ? $"{min}" : $"{min} to {max}";
            throw new FhirPathException(
                FhirPathErrorCodes.WrongArgumentCount, $"{node.Name}() takes {expected} arguments, not {node.Arguments.Count}.", node.Position);
        }
    }
}
