namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Shared collections and the conversions every operator and function needs.</summary>
internal static class Collection
{
    /// <summary>The empty collection.</summary>
    public static readonly IReadOnlyList<object> Empty = [];

    /// <summary><c>true</c> as a collection.</summary>
    public static readonly IReadOnlyList<object> True = [true];

    /// <summary><c>false</c> as a collection.</summary>
    public static readonly IReadOnlyList<object> False = [false];

    /// <summary>A collection of one item.</summary>
    public static IReadOnlyList<object> Of(object item) => new[] { item };

    /// <summary>A boolean as a collection.</summary>
    public static IReadOnlyList<object> Of(bool value) => value ? True : False;

    /// <summary>A three-valued boolean as a collection (null is empty).</summary>
    public static IReadOnlyList<object> Of(bool? value) => value is { } b ? Of(b) : Empty;

    /// <summary>An optional item as a collection.</summary>
    public static IReadOnlyList<object> OfNullable(object? item) => item is null ? Empty : new[] { item };

    /// <summary>
    /// The spec's singleton evaluation for a Boolean context: empty is null, a single Boolean is itself, any other single
    /// item is true, and more than one item is an error.
    /// </summary>
    public static bool? ToBoolean(IReadOnlyList<object> collection, string what)
    {
        switch (collection.Count)
        {
            case 0:
                return null;
            case 1:
                return SystemValue.Of(collection[0]) is bool b ? b : true;
            default:
                throw new FhirPathException(FhirPathErrorCodes.SingletonExpected, $"{what} expects a single Boolean, got {collection.Count} items.");
        }
    }

    /// <summary>The single item of <paramref name="collection"/> as a System value; null when empty; FP300 when several.</summary>
    public static object? SingleValue(IReadOnlyList<object> collection, string what) => collection.Count switch
    {
        0 => null,
        1 => SystemValue.Of(collection[0]),
        _ => throw new FhirPathException(FhirPathErrorCodes.SingletonExpected, $"{what} expects a single item, got {collection.Count}."),
    };
}
