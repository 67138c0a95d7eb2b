using Interop.Fhir.FhirPath.Evaluation;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// Conversion (spec section 5.5): <c>toX()</c> gives the single input item as an X, or empty when it does not convert;
/// <c>convertsToX()</c> says whether it would. Both are empty on an empty input; the rules live in <see cref="SystemConversion"/>.
/// </summary>
internal static class ConversionFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("toBoolean", 0, 0, static (_, focus, _) => To(focus, "toBoolean()", SystemConversion.ToBoolean)) { Result = ResultType.Boolean },
        new("convertsToBoolean", 0, 0, static (_, focus, _) => ConvertsTo(focus, "convertsToBoolean()", SystemConversion.ToBoolean)) { Result = ResultType.Boolean },
        new("toInteger", 0, 0, static (_, focus, _) => To(focus, "toInteger()", SystemConversion.ToInteger)) { Result = ResultType.Integer },
        new("convertsToInteger", 0, 0, static (_, focus, _) => ConvertsTo(focus, "convertsToInteger()", SystemConversion.ToInteger)) { Result = ResultType.Boolean },
        new("toLong", 0, 0, static (_, focus, _) => To(focus, "toLong()", SystemConversion.ToLong)),
        new("convertsToLong", 0, 0, static (_, focus, _) => ConvertsTo(focus, "convertsToLong()", SystemConversion.ToLong)) { Result = ResultType.Boolean },
        new("toDecimal", 0, 0, static (_, focus, _) => To(focus, "toDecimal()", SystemConversion.ToDecimal)),
        new("convertsToDecimal", 0, 0, static (_, focus, _) => ConvertsTo(focus, "convertsToDecimal()", SystemConversion.ToDecimal)) { Result = ResultType.Boolean },
        new("toString", 0, 0, static (_, focus, _) => To(focus, "toString()", SystemConversion.ToString)) { Result = ResultType.String },
        new("convertsToString", 0, 0, static (_, focus, _) => ConvertsTo(focus, "convertsToString()", SystemConversion.ToString)) { Result = ResultType.Boolean },
        new("toDate", 0, 0, static (_, focus, _) => To(focus, "toDate()", SystemConversion.ToDate)),
        new("convertsToDate", 0, 0, static (_, focus, _) => ConvertsTo(focus, "convertsToDate()", SystemConversion.ToDate)) { Result = ResultType.Boolean },
        new("toDateTime", 0, 0, static (_, focus, _) => To(focus, "toDateTime()", SystemConversion.ToDateTime)),
        new("convertsToDateTime", 0, 0, static (_, focus, _) => ConvertsTo(focus, "convertsToDateTime()", SystemConversion.ToDateTime)) { Result = ResultType.Boolean },
        new("toTime", 0, 0, static (_, focus, _) => To(focus, "toTime()", SystemConversion.ToTime)),
        new("convertsToTime", 0, 0, static (_, focus, _) => ConvertsTo(focus, "convertsToTime()", SystemConversion.ToTime)) { Result = ResultType.Boolean },
        new("toQuantity", 0, 1, ToQuantity),
        new("convertsToQuantity", 0, 1, ConvertsToQuantity) { Result = ResultType.Boolean },
    ];

    private static IReadOnlyList<object> To(IReadOnlyList<object> focus, string function, Func<object, object?> convert)
    {
        if (Collection.SingleValue(focus, function) is not { } value)
        {
            return Collection.Empty;
        }

        // A System value that is already of the type comes back as it is: the input collection serves as the result.
        var converted = convert(value);
        return ReferenceEquals(converted, focus[0]) ? focus : Result(converted);
    }

    private static IReadOnlyList<object> ConvertsTo(IReadOnlyList<object> focus, string function, Func<object, object?> convert) =>
        Collection.SingleValue(focus, function) is { } value ? Collection.Of(convert(value) is not null) : Collection.Empty;

    // toQuantity(unit): an empty unit collection is as if none were given.
    private static IReadOnlyList<object> ToQuantity(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Collection.SingleValue(focus, "toQuantity()") is not { } value)
        {
            return Collection.Empty;
        }

        var converted = SystemConversion.ToQuantity(value, Argument.OptionalString(arguments, 0, "toQuantity()"));
        return ReferenceEquals(converted, focus[0]) ? focus : Collection.OfNullable(converted);
    }

    private static IReadOnlyList<object> ConvertsToQuantity(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments) =>
        Collection.SingleValue(focus, "convertsToQuantity()") is { } value
            ? Collection.Of(SystemConversion.ToQuantity(value, Argument.OptionalString(arguments, 0, "convertsToQuantity()")) is not null)
            : Collection.Empty;

    private static IReadOnlyList<object> Result(object? value) => value switch
    {
        null => Collection.Empty,
        bool b => Collection.Of(b),
        int i => IntegerResult.Of(i),
        _ => Collection.Of(value),
    };
}
