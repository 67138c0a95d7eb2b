using Interop.Fhir.FhirPath.Evaluation;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// Math (spec section 5.7): a single Integer, Long, Decimal or (where the spec allows) Quantity in; a result that cannot
/// be represented (<c>(-1).sqrt()</c>, an Integer overflow) is empty.
/// </summary>
internal static partial class MathFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("abs", 0, 0, Abs),
        new("ceiling", 0, 0, static (_, focus, _) => Integral(focus, "ceiling()", Math.Ceiling)),
        new("floor", 0, 0, static (_, focus, _) => Integral(focus, "floor()", Math.Floor)),
        new("truncate", 0, 0, static (_, focus, _) => Integral(focus, "truncate()", Math.Truncate)),
        new("round", 0, 1, Round),
        new("exp", 0, 0, static (_, focus, _) => Real(focus, "exp()", Math.Exp)),
        new("ln", 0, 0, static (_, focus, _) => Real(focus, "ln()", Math.Log)),
        new("sqrt", 0, 0, static (_, focus, _) => Real(focus, "sqrt()", Math.Sqrt)),
        new("log", 1, 1, Log),
        new("power", 1, 1, Power),
    ];

    private static IReadOnlyList<object> Abs(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Collection.SingleValue(focus, "abs()") switch
        {
            null => Collection.Empty,
            int value => value == int.MinValue ? Collection.Empty : IntegerResult.Of(Math.Abs(value)),
            long value => value == long.MinValue ? Collection.Empty : Collection.Of(Math.Abs(value)),
            decimal value => Collection.Of(Math.Abs(value)),
            FhirPathQuantity quantity => Collection.Of(new FhirPathQuantity(Math.Abs(quantity.Value), quantity.Unit)),
            var other => throw Argument.WrongType("abs()", "a number or a Quantity", other),
        };

    // ceiling(), floor() and truncate(): a Decimal becomes an Integer, a Quantity keeps its unit.
    private static IReadOnlyList<object> Integral(IReadOnlyList<object> focus, string function, Func<decimal, decimal> operation) =>
        Collection.SingleValue(focus, function) switch
        {
            null => Collection.Empty,
            int value => IntegerResult.Of(value),
            long value => Collection.Of(value),
            decimal value => operation(value) is var integral && integral >= int.MinValue && integral <= int.MaxValue
                ? IntegerResult.Of((int)integral)
                : Collection.Empty,
            FhirPathQuantity quantity => Collection.Of(new FhirPathQuantity(operation(quantity.Value), quantity.Unit)),
            var other => throw Argument.WrongType(function, "a number or a Quantity", other),
        };

    private static IReadOnlyList<object> Round(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        var value = Collection.SingleValue(focus, "round()");
        if (value is null)
        {
            return Collection.Empty;
        }

        // An empty precision is as if none were given: whole numbers.
        var precision = arguments.Length > 0 ? Argument.Integer(arguments[0], "round()") ?? 0 : 0;
        if (precision < 0)
        {
            throw Argument.Invalid("round()", "the precision must not be negative.");
        }

        return value switch
        {
            int number => Collection.Of((decimal)number),
            long number => Collection.Of((decimal)number),
            decimal number => Collection.Of(RoundTo(number, precision)),
            FhirPathQuantity quantity => Collection.Of(new FhirPathQuantity(RoundTo(quantity.Value, precision), quantity.Unit)),
            var other => throw Argument.WrongType("round()", "a number or a Quantity", other),
        };
    }

    // Halves round away from zero, the "traditional round" the spec asks for; a Decimal has no more than 28 places to round.
    private static decimal RoundTo(decimal value, int precision) =>
        precision >= 28 ? value : Math.Round(value, precision, MidpointRounding.AwayFromZero);

    // exp(), ln() and sqrt() through double, the precision the spec's examples need.
    private static IReadOnlyList<object> Real(IReadOnlyList<object> focus, string function, Func<double, double> operation) =>
        Number(focus, function) is { } value ? FromDouble(operation(ToDouble(value))) : Collection.Empty;

    private static IReadOnlyList<object> Log(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Number(focus, "log()") is not { } value || Number(arguments[0], "log()") is not { } logBase)
        {
            return Collection.Empty;
        }

        var (x, b) = (ToDouble(value), ToDouble(logBase));
        if (x <= 0 || b <= 0)
        {
            throw Argument.Invalid("log()", "the input and the base must be positive.");
        }

        return FromDouble(Math.Log(x, b));
    }

    /// <summary>The single Integer, Long or Decimal in <paramref name="collection"/>; null when it is empty.</summary>
    private static object? Number(IReadOnlyList<object> collection, string function) =>
        Collection.SingleValue(collection, function) switch
        {
            null => null,
            var value and (int or long or decimal) => value,
            var other => throw Argument.WrongType(function, "a number", other),
        };

    private static double ToDouble(object number) => number switch
    {
        int value => value,
        long value => value,
        _ => (double)(decimal)number,
    };

    private static decimal ToDecimal(object number) => number switch
    {
        int value => value,
        long value => value,
        _ => (decimal)number,
    };

    // NaN, infinities and values beyond System.Decimal's range cannot be represented: empty.
    private static IReadOnlyList<object> FromDouble(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e28 ? Collection.Of((decimal)value) : Collection.Empty;
}
