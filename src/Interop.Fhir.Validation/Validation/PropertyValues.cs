using System.Collections;

namespace Interop.Fhir.Validation.Validation;

/// <summary>What a model property holds, as a list: nothing, one value, or its repeats — without copying where it can.</summary>
internal static class PropertyValues
{
    /// <summary>The values of a property read with <c>PropertyMapping.Get</c>.</summary>
    public static IReadOnlyList<object> Of(object? value) => value switch
    {
        null => [],

        // Repeating elements are lists of model classes: covariance reads them as they are.
        IReadOnlyList<object> list => list,
        IList list => [.. list.Cast<object>()],
        _ => [value],
    };
}
