using Interop.Fhir.FhirPath.Syntax;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Compiles <c>is</c>, <c>as</c> and <c>ofType</c>, as operators and as functions.</summary>
internal sealed partial class ExpressionCompiler
{
    private Compiled CompileTypeOperation(TypeOperationNode node) =>
        CompileTypeTest(CompileNode(node.Operand), node.Type, node.IsAs ? TypeTest.As : TypeTest.Is, node.Position);

    private Compiled CompileTypeFunction(FunctionNode node, Compiled focus, TypeTest test)
    {
        CheckArity(node, 1, 1);
        var type = TypeResolver.FromExpression(node.Arguments[0])
            ?? throw new FhirPathException(FhirPathErrorCodes.InvalidArgument, $"{node.Name}() takes a type name.", node.Arguments[0].Position);
        return CompileTypeTest(focus, type, test, node.Position);
    }

    private Compiled CompileTypeTest(Compiled operand, TypeSpecifier typeName, TypeTest test, int position)
    {
        var type = TypeResolver.Resolve(_model, typeName);
        if (type is null)
        {
            // Strict compilation refuses it; lenient evaluation fails only if it gets there, as the suite expects.
            return _options.Strict
                ? throw new FhirPathException(FhirPathErrorCodes.UnknownType, $"Unknown type '{typeName}'.", position)
                : new Compiled((_, _) => throw new FhirPathException(FhirPathErrorCodes.UnknownTypeAtRuntime, $"Unknown type '{typeName}'.", position), StaticType.Unknown);
        }

        var input = operand.Evaluate;
        if (test == TypeTest.Is)
        {
            return new Compiled(
                (scope, context) => input(scope, context) switch
                {
                    { Count: 0 } => Collection.Empty,
                    { Count: 1 } items => Collection.Of(type.Matches(items[0])),
                    var items => throw new FhirPathException(FhirPathErrorCodes.SingletonExpected, $"'is' applies to a single item, got {items.Count}.", position),
                },
                StaticType.Of(SystemType.Boolean));
        }

        var resultType = type.Fhir is { } fhir ? StaticType.Of(fhir) : type.System is { } system ? StaticType.Of(system) : StaticType.Unknown;
        return new Compiled(
            (scope, context) =>
            {
                var items = input(scope, context);
                if (test == TypeTest.As && items.Count > 1)
                {
                    throw new FhirPathException(FhirPathErrorCodes.SingletonExpected, $"'as' applies to a single item, got {items.Count}.", position);
                }

                var results = default(ResultBuilder);
                for (var i = 0; i < items.Count; i++)
                {
                    if (type.Matches(items[i], exactPrimitive: true))
                    {
                        results.Add(items[i]);
                    }
                }

                return results.ToCollection();
            },
            resultType);
    }
}
