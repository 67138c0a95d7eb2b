using Interop.Fhir.FhirPath.Evaluation;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// FHIRPath 2.1's <c>precision()</c>, <c>lowBoundary()</c>, <c>highBoundary()</c> and <c>comparable()</c> over
/// <see cref="Boundaries"/>: a precision the value cannot have gives an empty result, an input of another type is FP301.
/// </summary>
internal static class BoundaryFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("precision", 0, 0, Precision) { Result = ResultType.Integer },
        new("lowBoundary", 0, 1, static (_, focus, arguments) => Boundary(focus, arguments, "lowBoundary()", Boundaries.LowBoundary)),
        new("highBoundary", 0, 1, static (_, focus, arguments) => Boundary(focus, arguments, "highBoundary()", Boundaries.HighBoundary)),
        new("comparable", 1, 1, Comparable) { Result = ResultType.Boolean },
    ];

    private static IReadOnlyList<object> Precision(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Collection.SingleValue(focus, "precision()") switch
        {
            null => Collection.Empty,
            var value when Boundaries.Precision(value) is { } digits => IntegerResult.Of(digits),
            var other => throw Argument.WrongType("precision()", "a Decimal, Date, DateTime or Time", other),
        };

    // An empty precision argument is as if none were given: the type's greatest.
    private static IReadOnlyList<object> Boundary(
        IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments, string function, Func<object, int?, object?> boundary)
    {
        switch (Collection.SingleValue(focus, function))
        {
            case null:
                return Collection.Empty;
            case (int or long or decimal or FhirPathQuantity or FhirPathDate or FhirPathDateTime or FhirPathTime) and var value:
                var precision = arguments.Length > 0 ? Argument.Integer(arguments[0], function) : null;
                return Collection.OfNullable(boundary(value, precision));
            case var other:
                throw Argument.WrongType(function, "a number, Quantity, Date, DateTime or Time", other);
        }
    }

    private static IReadOnlyList<object> Comparable(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Collection.SingleValue(focus, "comparable()") is not { } value || Collection.SingleValue(arguments[0], "comparable()") is not { } other)
        {
            return Collection.Empty;
        }

        return Boundaries.Comparable(value, other) is { } comparable
            ? Collection.Of(comparable)
            : throw Argument.WrongType("comparable()", "Quantities", value is FhirPathQuantity ? other : value);
    }
}
