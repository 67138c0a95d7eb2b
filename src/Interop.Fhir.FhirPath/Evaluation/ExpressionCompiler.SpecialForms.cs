using Interop.Fhir.FhirPath.Syntax;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>
/// Functions whose arguments are evaluated once per input item (<c>where</c>, <c>select</c>...) or name a type
/// (<c>ofType</c>): their arguments are compiled with <c>$this</c> bound to the item.
/// </summary>
internal sealed partial class ExpressionCompiler
{
    private Compiled? TryCompileSpecialForm(FunctionNode node, Compiled focus) => node.Name switch
    {
        "where" => CompileWhere(node, focus),
        "select" => CompileSelect(node, focus),
        "all" => CompileAll(node, focus),
        "exists" => CompileExists(node, focus),
        "repeat" => CompileRepeat(node, focus, includeDuplicates: false),
        "repeatAll" => CompileRepeat(node, focus, includeDuplicates: true),
        "aggregate" => CompileAggregate(node, focus),
        "iif" => CompileIif(node, focus),
        "trace" => CompileTrace(node, focus),
        "sort" => CompileSort(node, focus),
        "defineVariable" => CompileDefineVariable(node, focus),
        "ofType" => CompileTypeFunction(node, focus, TypeTest.OfType),
        "is" => CompileTypeFunction(node, focus, TypeTest.Is),
        "as" => CompileTypeFunction(node, focus, TypeTest.As),
        _ => null,
    };

    private Evaluator CompilePerItem(SyntaxNode argument, Compiled focus) => Within(focus.Type, () => CompileNode(argument)).Evaluate;

    private Compiled CompileWhere(FunctionNode node, Compiled focus)
    {
        CheckArity(node, 1, 1);
        var criteria = CompilePerItem(node.Arguments[0], focus);
        var input = focus.Evaluate;
        return new Compiled((scope, context) => ForEach(scope, input(scope, context), criteria, filter: true), focus.Type);
    }

    private Compiled CompileSelect(FunctionNode node, Compiled focus)
    {
        CheckArity(node, 1, 1);
        var projection = Within(focus.Type, () => CompileNode(node.Arguments[0]));
        var input = focus.Evaluate;
        var evaluate = projection.Evaluate;
        return new Compiled((scope, context) => ForEach(scope, input(scope, context), evaluate, filter: false), projection.Type);
    }

    /// <summary>
    /// Evaluates <paramref name="lambda"/> with <c>$this</c> and <c>$index</c> set to each item: keeps the items it is true
    /// for (<c>where</c>), or collects what it gives (<c>select</c>).
    /// </summary>
    private static IReadOnlyList<object> ForEach(EvaluationScope scope, IReadOnlyList<object> items, Evaluator lambda, bool filter)
    {
        var results = default(ResultBuilder);
        using var depth = scope.Enter();
        var saved = scope.Index;
        for (var i = 0; i < items.Count; i++)
        {
            scope.Step();
            scope.Index = i;
            var result = lambda(scope, Collection.Of(items[i]));
            if (!filter)
            {
                results.AddRange(result);
            }
            else if (Collection.ToBoolean(result, "where()") == true)
            {
                results.Add(items[i]);
            }
        }

        scope.Index = saved;
        return results.ToCollection();
    }

    private Compiled CompileAll(FunctionNode node, Compiled focus)
    {
        CheckArity(node, 1, 1);
        var criteria = CompilePerItem(node.Arguments[0], focus);
        var input = focus.Evaluate;
        return new Compiled(
            (scope, context) => Collection.Of(Every(scope, input(scope, context), criteria, "all()")),
            StaticType.Of(SystemType.Boolean));
    }

    private Compiled CompileExists(FunctionNode node, Compiled focus)
    {
        CheckArity(node, 0, 1);
        var input = focus.Evaluate;
        if (node.Arguments.Count == 0)
        {
            return new Compiled((scope, context) => Collection.Of(input(scope, context).Count > 0), StaticType.Of(SystemType.Boolean));
        }

        var criteria = CompilePerItem(node.Arguments[0], focus);
        return new Compiled(
            (scope, context) => Collection.Of(Any(scope, input(scope, context), criteria)),
            StaticType.Of(SystemType.Boolean));
    }

    private static bool Every(EvaluationScope scope, IReadOnlyList<object> items, Evaluator criteria, string what)
    {
        using var depth = scope.Enter();
        var saved = scope.Index;
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                scope.Step();
                scope.Index = i;
                if (Collection.ToBoolean(criteria(scope, Collection.Of(items[i])), what) != true)
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            scope.Index = saved;
        }
    }

    private static bool Any(EvaluationScope scope, IReadOnlyList<object> items, Evaluator criteria)
    {
        using var depth = scope.Enter();
        var saved = scope.Index;
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                scope.Step();
                scope.Index = i;
                if (Collection.ToBoolean(criteria(scope, Collection.Of(items[i])), "exists()") == true)
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            scope.Index = saved;
        }
    }

    private Compiled CompileRepeat(FunctionNode node, Compiled focus, bool includeDuplicates)
    {
        CheckArity(node, 1, 1);
        var projection = Within(StaticType.Unknown, () => CompileNode(node.Arguments[0])).Evaluate;
        var input = focus.Evaluate;
        return new Compiled(
            (scope, context) =>
            {
                var results = new List<object>();
                var pending = new Queue<object>();
                foreach (var item in input(scope, context))
                {
                    pending.Enqueue(item);
                }

                using var depth = scope.Enter();
                while (pending.TryDequeue(out var item))
                {
                    scope.Step();
                    foreach (var next in projection(scope, Collection.Of(item)))
                    {
                        if (includeDuplicates || !Seen(results, next))
                        {
                            results.Add(next);
                            pending.Enqueue(next);
                        }
                    }
                }

                return results;
            },
            StaticType.Unknown);
    }

    // Elements are the same node when they are the same object; System values when they are equal.
    private static bool Seen(List<object> results, object item)
    {
        if (item is Base)
        {
            foreach (var existing in results)
            {
                if (ReferenceEquals(existing, item))
                {
                    return true;
                }
            }

            return false;
        }

        return ItemEquality.Contains(results, item);
    }
}
