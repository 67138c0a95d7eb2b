using Interop.Fhir.FhirPath.Functions;
using Interop.Fhir.FhirPath.Syntax;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Compiles binary operators with the spec's empty-collection and three-valued-logic rules.</summary>
internal sealed partial class ExpressionCompiler
{
    private Compiled CompileBinary(BinaryNode node)
    {
        var leftCompiled = CompileNode(node.Left);
        var rightCompiled = CompileNode(node.Right);
        CheckOperands(node, leftCompiled.Type, rightCompiled.Type);
        var left = leftCompiled.Evaluate;
        var right = rightCompiled.Evaluate;
        var op = node.Operator;
        Evaluator evaluate = op switch
        {
            BinaryOperator.And => (s, c) => Collection.Of(And(left, right, s, c)),
            BinaryOperator.Or => (s, c) => Collection.Of(Or(left, right, s, c)),
            BinaryOperator.Xor => (s, c) => Collection.Of(Xor(Collection.ToBoolean(left(s, c), "xor"), Collection.ToBoolean(right(s, c), "xor"))),
            BinaryOperator.Implies => (s, c) => Collection.Of(Implies(left, right, s, c)),
            BinaryOperator.Equal => (s, c) => Collection.Of(ItemEquality.Equal(left(s, c), right(s, c))),
            BinaryOperator.NotEqual => (s, c) => Collection.Of(!ItemEquality.Equal(left(s, c), right(s, c))),
            BinaryOperator.Equivalent => (s, c) => Collection.Of(ItemEquality.Equivalent(left(s, c), right(s, c))),
            BinaryOperator.NotEquivalent => (s, c) => Collection.Of(!ItemEquality.Equivalent(left(s, c), right(s, c))),
            BinaryOperator.Union => (s, c) => CombiningFunctions.Union(left(s, c), right(s, c)),
            BinaryOperator.In => (s, c) => Membership(left(s, c), right(s, c), "in"),
            BinaryOperator.Contains => (s, c) => Membership(right(s, c), left(s, c), "contains"),
            BinaryOperator.Concatenate => (s, c) => Collection.Of(Concatenate(left(s, c), right(s, c))),
            BinaryOperator.LessThan or BinaryOperator.LessOrEqual or BinaryOperator.GreaterThan or BinaryOperator.GreaterOrEqual =>
                (s, c) => Compare(op, left(s, c), right(s, c), node.Position),
            _ => (s, c) => Arithmetic(op, left(s, c), right(s, c)),
        };
        return new Compiled(evaluate, ResultOf(op));
    }

    // Only a Quantity can be added to a date or time (`@1974-12-25 + 7` means nothing): known at compile time from literals.
    private static void CheckOperands(BinaryNode node, StaticType left, StaticType right)
    {
        if (node.Operator is BinaryOperator.Add or BinaryOperator.Subtract
            && left.System is SystemType.Date or SystemType.DateTime or SystemType.Time
            && right.System is { } other && other != SystemType.Quantity)
        {
            throw new FhirPathException(FhirPathErrorCodes.WrongArgumentType, $"A {other} cannot be added to or subtracted from a {left.System}.", node.Position);
        }
    }

    private static StaticType ResultOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Union or BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply
            or BinaryOperator.Divide or BinaryOperator.Div or BinaryOperator.Mod => StaticType.Unknown,
        BinaryOperator.Concatenate => StaticType.Of(SystemType.String),
        _ => StaticType.Of(SystemType.Boolean),
    };

    private static bool? And(Evaluator left, Evaluator right, EvaluationScope scope, IReadOnlyList<object> context)
    {
        var a = Collection.ToBoolean(left(scope, context), "and");
        if (a == false)
        {
            return false;
        }

        return Collection.ToBoolean(right(scope, context), "and") switch
        {
            false => false,
            true => a,
            null => null,
        };
    }

    private static bool? Or(Evaluator left, Evaluator right, EvaluationScope scope, IReadOnlyList<object> context)
    {
        var a = Collection.ToBoolean(left(scope, context), "or");
        if (a == true)
        {
            return true;
        }

        return Collection.ToBoolean(right(scope, context), "or") switch
        {
            true => true,
            false => a,
            null => null,
        };
    }

    private static bool? Xor(bool? left, bool? right) => left is null || right is null ? null : left != right;

    private static bool? Implies(Evaluator left, Evaluator right, EvaluationScope scope, IReadOnlyList<object> context) =>
        Collection.ToBoolean(left(scope, context), "implies") switch
        {
            false => true,
            true => Collection.ToBoolean(right(scope, context), "implies"),
            null => Collection.ToBoolean(right(scope, context), "implies") == true ? true : null,
        };

    private static IReadOnlyList<object> Membership(IReadOnlyList<object> item, IReadOnlyList<object> collection, string what) => item.Count switch
    {
        0 => Collection.Empty,
        1 => Collection.Of(ItemEquality.Contains(collection, item[0])),
        _ => throw new FhirPathException(FhirPathErrorCodes.SingletonExpected, $"'{what}' expects a single item, got {item.Count}."),
    };

    private static string Concatenate(IReadOnlyList<object> left, IReadOnlyList<object> right) =>
        string.Concat(StringOperand(left), StringOperand(right));

    private static string StringOperand(IReadOnlyList<object> operand) => Collection.SingleValue(operand, "&") switch
    {
        null => string.Empty,
        string text => text,
        _ => throw new FhirPathException(FhirPathErrorCodes.WrongOperandType, "'&' concatenates Strings only."),
    };

    private static IReadOnlyList<object> Compare(BinaryOperator op, IReadOnlyList<object> left, IReadOnlyList<object> right, int position)
    {
        var a = Collection.SingleValue(left, "A comparison");
        var b = Collection.SingleValue(right, "A comparison");
        if (a is null || b is null)
        {
            return Collection.Empty;
        }

        if (a is Base || b is Base)
        {
            throw new FhirPathException(FhirPathErrorCodes.WrongOperandType, "Only System values can be compared.", position);
        }

        return SystemValueComparer.Compare(a, b) is not { } order
            ? Collection.Empty
            : Collection.Of(op switch
            {
                BinaryOperator.LessThan => order < 0,
                BinaryOperator.LessOrEqual => order <= 0,
                BinaryOperator.GreaterThan => order > 0,
                _ => order >= 0,
            });
    }

    private static IReadOnlyList<object> Arithmetic(BinaryOperator op, IReadOnlyList<object> left, IReadOnlyList<object> right)
    {
        var a = Collection.SingleValue(left, "Arithmetic");
        var b = Collection.SingleValue(right, "Arithmetic");
        if (a is null || b is null)
        {
            return Collection.Empty;
        }

        return Collection.OfNullable(op switch
        {
            BinaryOperator.Add => SystemArithmetic.Add(a, b),
            BinaryOperator.Subtract => SystemArithmetic.Subtract(a, b),
            BinaryOperator.Multiply => SystemArithmetic.Multiply(a, b),
            BinaryOperator.Divide => SystemArithmetic.Divide(a, b),
            BinaryOperator.Div => SystemArithmetic.Div(a, b),
            _ => SystemArithmetic.Mod(a, b),
        });
    }
}
