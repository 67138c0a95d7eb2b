using System.Globalization;
using Interop.Fhir.FhirPath.Evaluation;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>Utility functions (spec section 5.9) and <c>type()</c> (section 10); <c>trace()</c> and <c>defineVariable()</c> are special forms.</summary>
internal static class UtilityFunctions
{
    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("type", 0, 0, Type),
        new("now", 0, 0, static (scope, _, _) => Collection.OfNullable(FhirPathDateTime.TryParse(Clock(scope, "yyyy-MM-dd'T'HH:mm:ss.fffzzz"), out var now) ? now : null)),
        new("today", 0, 0, static (scope, _, _) => Collection.OfNullable(FhirPathDate.TryParse(Clock(scope, "yyyy-MM-dd"), out var today) ? today : null)),
        new("timeOfDay", 0, 0, static (scope, _, _) => Collection.OfNullable(FhirPathTime.TryParse(Clock(scope, "HH:mm:ss.fff"), out var time) ? time : null)),
    ];

    // The clock is read once per evaluation (scope.Now), so every call in one expression sees the same moment.
    private static string Clock(EvaluationScope scope, string format) => scope.Now.ToString(format, CultureInfo.InvariantCulture);

    private static IReadOnlyList<object> Type(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        var results = default(ResultBuilder);
        for (var i = 0; i < focus.Count; i++)
        {
            if (ItemType.Of(focus[i]) is { } type)
            {
                results.Add(type);
            }
        }

        return results.ToCollection();
    }
}
