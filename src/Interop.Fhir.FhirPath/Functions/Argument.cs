using Interop.Fhir.FhirPath.Evaluation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// Reads a function's input and arguments as single System values: null for an empty collection (the function's result
/// is then empty), FP300 for several items, FP301 for an item of the wrong type.
/// </summary>
internal static class Argument
{
    /// <summary>The single String in <paramref name="collection"/>, or null when it is empty.</summary>
    public static string? String(IReadOnlyList<object> collection, string function) =>
        Collection.SingleValue(collection, function) switch
        {
            null => null,
            string text => text,
            var other => throw WrongType(function, "a String", other),
        };

    /// <summary>The single Integer in <paramref name="collection"/>, or null when it is empty.</summary>
    public static int? Integer(IReadOnlyList<object> collection, string function) =>
        Collection.SingleValue(collection, function) switch
        {
            null => null,
            int value => value,
            var other => throw WrongType(function, "an Integer", other),
        };

    /// <summary>An optional String argument: null when it was not given or is empty.</summary>
    public static string? OptionalString(IReadOnlyList<object>[] arguments, int index, string function) =>
        index < arguments.Length ? String(arguments[index], function) : null;

    /// <summary>The exception for an input or argument of a type the function cannot take.</summary>
    public static FhirPathException WrongType(string function, string expected, object actual) =>
        new(FhirPathErrorCodes.WrongOperandType, $"{function} expects {expected}, not {ItemType.Of(actual)?.ToString() ?? actual.GetType().Name}.");

    /// <summary>The exception (FP305) for an argument value the function cannot use.</summary>
    public static FhirPathException Invalid(string function, string message) =>
        new(FhirPathErrorCodes.InvalidArgumentValue, $"{function}: {message}");
}
