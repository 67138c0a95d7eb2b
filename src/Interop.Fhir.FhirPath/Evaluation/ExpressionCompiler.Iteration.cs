using Interop.Fhir.FhirPath.Syntax;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>The special forms that accumulate, branch, trace, sort and define variables.</summary>
internal sealed partial class ExpressionCompiler
{
    private Compiled CompileAggregate(FunctionNode node, Compiled focus)
    {
        CheckArity(node, 1, 2);
        var aggregator = CompilePerItem(node.Arguments[0], focus);
        var init = node.Arguments.Count > 1 ? CompileNode(node.Arguments[1]).Evaluate : null;
        var input = focus.Evaluate;
        return new Compiled(
            (scope, context) =>
            {
                var items = input(scope, context);
                var total = init is null ? Collection.Empty : init(scope, context);
                using var depth = scope.Enter();
                var (savedIndex, savedTotal) = (scope.Index, scope.Total);
                for (var i = 0; i < items.Count; i++)
                {
                    scope.Step();
                    scope.Index = i;
                    scope.Total = total;
                    total = aggregator(scope, Collection.Of(items[i]));
                }

                (scope.Index, scope.Total) = (savedIndex, savedTotal);
                return total;
            },
            StaticType.Unknown);
    }

    // iif(criterion, true-result [, otherwise-result]): only the branch chosen is evaluated, with $this the single input item.
    private Compiled CompileIif(FunctionNode node, Compiled focus)
    {
        CheckArity(node, 2, 3);
        var thisType = node.Focus is null ? _thisType : focus.Type;
        var criterion = Within(thisType, () => CompileNode(node.Arguments[0]));
        if (_options.Strict && criterion.Type.System is { } system && system != SystemType.Boolean)
        {
            throw new FhirPathException(FhirPathErrorCodes.WrongArgumentType, "The criterion of iif() must be a Boolean.", node.Arguments[0].Position);
        }

        var whenTrue = Within(thisType, () => CompileNode(node.Arguments[1])).Evaluate;
        var otherwise = node.Arguments.Count > 2 ? Within(thisType, () => CompileNode(node.Arguments[2])).Evaluate : null;
        var explicitFocus = node.Focus is not null;
        var input = focus.Evaluate;
        var test = criterion.Evaluate;
        return new Compiled(
            (scope, context) =>
            {
                var self = context;
                if (explicitFocus)
                {
                    self = input(scope, context);
                    if (self.Count > 1)
                    {
                        throw new FhirPathException(FhirPathErrorCodes.SingletonExpected, "iif() applies to a single item.", node.Position);
                    }
                }

                var condition = test(scope, self);
                if (condition.Count > 1)
                {
                    throw new FhirPathException(FhirPathErrorCodes.WrongArgumentType, "The criterion of iif() must be a single Boolean.", node.Position);
                }

                var chosen = Collection.ToBoolean(condition, "iif()") == true ? whenTrue : otherwise;
                return chosen is null ? Collection.Empty : chosen(scope, self);
            },
            StaticType.Unknown);
    }

    private Compiled CompileTrace(FunctionNode node, Compiled focus)
    {
        CheckArity(node, 1, 2);
        var name = CompileNode(node.Arguments[0]).Evaluate;
        var projection = node.Arguments.Count > 1 ? Within(focus.Type, () => CompileNode(node.Arguments[1])).Evaluate : null;
        var input = focus.Evaluate;
        return new Compiled(
            (scope, context) =>
            {
                var items = input(scope, context);
                if (scope.Environment.Trace is { } trace)
                {
                    var label = Collection.SingleValue(name(scope, context), "trace()") as string ?? string.Empty;
                    trace(label, projection is null ? items : ForEach(scope, items, projection, filter: false));
                }

                return items;
            },
            focus.Type);
    }

    private Compiled CompileDefineVariable(FunctionNode node, Compiled focus)
    {
        CheckArity(node, 1, 2);
        if (node.Arguments[0] is not LiteralNode { Kind: LiteralKind.String } nameLiteral)
        {
            throw new FhirPathException(FhirPathErrorCodes.InvalidArgument, "defineVariable() takes the variable's name as a string literal.", node.Position);
        }

        var value = node.Arguments.Count > 1 ? Within(focus.Type, () => CompileNode(node.Arguments[1])).Evaluate : null;
        var input = focus.Evaluate;
        var name = nameLiteral.Text;
        return new Compiled(
            (scope, context) =>
            {
                var items = input(scope, context);
                if (scope.Defined(name) is not null || scope.Environment.Variables.ContainsKey(name))
                {
                    throw new FhirPathException(FhirPathErrorCodes.InvalidArgument, $"%{name} is already defined.", node.Position);
                }

                scope.Define(name, value is null ? items : value(scope, items));
                return items;
            },
            focus.Type);
    }

    private Compiled CompileSort(FunctionNode node, Compiled focus)
    {
        CheckOrdered(focus.Type, node.Position);
        var keys = new (Evaluator Key, bool Descending)[node.Arguments.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            // sort(-name): a leading minus sorts that key descending, whatever its type.
            var argument = node.Arguments[i];
            var descending = argument is UnaryNode { Negate: true };
            var key = descending ? ((UnaryNode)argument).Operand : argument;
            keys[i] = (CompilePerItem(key, focus), descending);
        }

        var input = focus.Evaluate;
        return new Compiled((scope, context) => Sort(scope, input(scope, context), keys), focus.Type);
    }

    private static IReadOnlyList<object> Sort(EvaluationScope scope, IReadOnlyList<object> items, (Evaluator Key, bool Descending)[] keys)
    {
        var rows = new (object Item, object?[] Keys)[items.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            scope.Step();
            var values = new object?[Math.Max(keys.Length, 1)];
            for (var k = 0; k < keys.Length; k++)
            {
                values[k] = Collection.SingleValue(keys[k].Key(scope, Collection.Of(items[i])), "A sort key");
            }

            if (keys.Length == 0)
            {
                values[0] = SystemValue.Of(items[i]);
            }

            rows[i] = (items[i], values);
        }

        // A stable sort: items with equal keys keep their order.
        var sorted = rows.Select((row, index) => (row, index)).ToList();
        sorted.Sort((a, b) =>
        {
            for (var k = 0; k < a.row.Keys.Length; k++)
            {
                var order = CompareKeys(a.row.Keys[k], b.row.Keys[k]);
                if (order != 0)
                {
                    return k < keys.Length && keys[k].Descending ? -order : order;
                }
            }

            return a.index.CompareTo(b.index);
        });
        return sorted.ConvertAll(x => x.row.Item);
    }

    // An empty key sorts after every value, so it comes last ascending and first descending, as the suite expects.
    private static int CompareKeys(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => SystemValueComparer.Compare(a, b) ?? 0,
    };
}
