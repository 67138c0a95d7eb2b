using System.Globalization;
using Interop.Fhir.FhirPath.Syntax;
using Interop.Fhir.FhirPath.Values;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Turns a syntax tree into nested delegates, checking names against the model in strict mode.</summary>
internal sealed partial class ExpressionCompiler
{
    private readonly ModelInfo _model;
    private readonly FhirPathCompileOptions _options;

    // The static type of $this where the sub-expression being compiled is evaluated.
    private StaticType _thisType;

    public ExpressionCompiler(ModelInfo model, FhirPathCompileOptions options)
    {
        _model = model;
        _options = options;
        _thisType = options.ContextType is { } name && model.FindClass(name) is { } type ? StaticType.Of(type) : StaticType.Unknown;
    }

    /// <summary>Compiles a whole expression.</summary>
    public Evaluator Compile(SyntaxNode node) => CompileNode(node).Evaluate;

    private Compiled CompileNode(SyntaxNode node) => node switch
    {
        LiteralNode literal => CompileLiteral(literal),
        MemberNode member => CompileMember(member),
        FunctionNode function => CompileFunction(function),
        ContextVariableNode variable => CompileContextVariable(variable),
        EnvironmentVariableNode variable => CompileEnvironmentVariable(variable),
        IndexerNode indexer => CompileIndexer(indexer),
        UnaryNode unary => CompileUnary(unary),
        BinaryNode binary => CompileBinary(binary),
        TypeOperationNode typeOperation => CompileTypeOperation(typeOperation),
        _ => throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node)),
    };

    private Compiled CompileLiteral(LiteralNode literal)
    {
        if (literal.Kind is LiteralKind.Date or LiteralKind.DateTime or LiteralKind.Time && !IsValidTemporal(literal))
        {
            // The suite treats a well-formed literal with an impossible value (a time with a zone) as an evaluation error.
            return new Compiled(
                (_, _) => throw new FhirPathException(FhirPathErrorCodes.InvalidLiteralValue, "The date or time is not a valid value.", literal.Position),
                StaticType.Unknown);
        }

        var (value, type) = literal.Kind switch
        {
            LiteralKind.Empty => ((object?)null, StaticType.Unknown),
            LiteralKind.Boolean => (literal.Text == "true", StaticType.Of(SystemType.Boolean)),
            LiteralKind.String => (literal.Text, StaticType.Of(SystemType.String)),
            LiteralKind.Integer => (ParseInteger(literal), StaticType.Of(SystemType.Integer)),
            LiteralKind.Long => (ParseLong(literal), StaticType.Of(SystemType.Long)),
            LiteralKind.Decimal => (decimal.Parse(literal.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), StaticType.Of(SystemType.Decimal)),
            LiteralKind.Date => (FhirPathDate.TryParse(literal.Text, out var date) ? date : null, StaticType.Of(SystemType.Date)),
            LiteralKind.DateTime => (FhirPathDateTime.TryParse(literal.Text, out var dateTime) ? dateTime : null, StaticType.Of(SystemType.DateTime)),
            LiteralKind.Time => (FhirPathTime.TryParse(literal.Text, out var time) ? time : null, StaticType.Of(SystemType.Time)),
            LiteralKind.Quantity => (ParseQuantity(literal), StaticType.Of(SystemType.Quantity)),
            _ => throw new ArgumentException($"Unknown literal kind {literal.Kind}.", nameof(literal)),
        };
        var constant = Collection.OfNullable(value);
        return new Compiled((_, _) => constant, type);
    }

    private static object ParseInteger(LiteralNode literal) =>
        int.TryParse(literal.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FhirPathException(FhirPathErrorCodes.InvalidQuantityLiteral, "The integer is too large for System.Integer.", literal.Position);

    private static object ParseLong(LiteralNode literal) =>
        long.TryParse(literal.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FhirPathException(FhirPathErrorCodes.InvalidQuantityLiteral, "The number is too large for System.Long.", literal.Position);

    // The parser only lets through a quoted unit or a calendar keyword; UCUM units the engine cannot convert stay comparable to themselves.
    private static FhirPathQuantity ParseQuantity(LiteralNode literal) =>
        new(decimal.Parse(literal.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), literal.Unit!);

    private static bool IsValidTemporal(LiteralNode literal) => literal.Kind switch
    {
        LiteralKind.Date => FhirPathDate.TryParse(literal.Text, out _),
        LiteralKind.DateTime => FhirPathDateTime.TryParse(literal.Text, out _),
        _ => FhirPathTime.TryParse(literal.Text, out _),
    };

    private Compiled CompileContextVariable(ContextVariableNode node) => node.Variable switch
    {
        ContextVariable.This => new Compiled(static (_, context) => context, _thisType),
        ContextVariable.Index => new Compiled(static (scope, _) => Collection.Of((object)scope.Index), StaticType.Of(SystemType.Integer)),
        _ => new Compiled(static (scope, _) => scope.Total, StaticType.Unknown),
    };

    private Compiled CompileIndexer(IndexerNode node)
    {
        var focus = CompileNode(node.Focus);
        CheckOrdered(focus.Type, node.Position);
        var index = CompileNode(node.Index);
        return new Compiled(
            (scope, context) =>
            {
                var items = focus.Evaluate(scope, context);
                return Collection.SingleValue(index.Evaluate(scope, context), "An indexer") switch
                {
                    null => Collection.Empty,
                    int i => i >= 0 && i < items.Count ? Collection.Of(items[i]) : Collection.Empty,
                    _ => throw new FhirPathException(FhirPathErrorCodes.WrongOperandType, "An index must be an Integer.", node.Position),
                };
            },
            focus.Type with { Unordered = false });
    }

    private Compiled CompileUnary(UnaryNode node)
    {
        var operand = CompileNode(node.Operand);
        if (!node.Negate)
        {
            return operand;
        }

        return new Compiled(
            (scope, context) => Collection.SingleValue(operand.Evaluate(scope, context), "Unary minus") is { } value
                ? Collection.OfNullable(SystemArithmetic.Negate(value))
                : Collection.Empty,
            operand.Type);
    }

    private void CheckOrdered(StaticType focus, int position)
    {
        if (_options.CheckOrderedFunctions && focus.Unordered)
        {
            throw new FhirPathException(FhirPathErrorCodes.UnorderedCollection, "The order of this collection is not defined.", position);
        }
    }

    private T Within<T>(StaticType thisType, Func<T> compile)
    {
        var saved = _thisType;
        _thisType = thisType with { Unordered = false };
        try
        {
            return compile();
        }
        finally
        {
            _thisType = saved;
        }
    }
}
