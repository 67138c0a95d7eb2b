using System.Globalization;
using Interop.Fhir.FhirPath.Values;

namespace Interop.Fhir.FhirPath.Tests.Functions;

/// <summary>Evaluates expressions over the R4 model and writes results as FHIRPath-like text, so cases read as one line.</summary>
internal static class FunctionResults
{
    private static readonly FhirPathCompiler Compiler = new(Interop.Fhir.R4.FhirModel.Instance);

    /// <summary>
    /// The result of <paramref name="expression"/> on <paramref name="input"/>: <c>{}</c> when empty, else the items joined by
    /// ", " — strings quoted, Longs with <c>L</c>, decimals with their digits, dates and times with <c>@</c>.
    /// </summary>
    public static string Evaluate(string expression, Base? input = null) => Render(Compiler.Compile(expression).Evaluate(input));

    /// <summary>The code of the FHIRPath error that compiling or evaluating <paramref name="expression"/> fails with.</summary>
    public static string ErrorOf(string expression, Base? input = null)
    {
        var act = () => Compiler.Compile(expression).Evaluate(input);
        return act.Should().Throw<FhirPathException>().Which.Code;
    }

    private static string Render(IReadOnlyList<object> items) =>
        items.Count == 0 ? "{}" : string.Join(", ", items.Select(Render));

    private static string Render(object item) => item switch
    {
        string text => $"'{text}'",
        bool value => value ? "true" : "false",
        long value => $"{value.ToString(CultureInfo.InvariantCulture)}L",
        int value => value.ToString(CultureInfo.InvariantCulture),
        decimal value => value.ToString(CultureInfo.InvariantCulture),
        FhirPathTime time => $"@T{time}",
        FhirPathDate or FhirPathDateTime => $"@{item}",
        FhirPathQuantity quantity => $"{quantity}",
        Base element => element.ClassMapping.Name,
        _ => $"?{item.GetType().Name}",
    };
}
