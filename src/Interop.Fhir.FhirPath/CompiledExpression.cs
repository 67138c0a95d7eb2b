using System.Text.RegularExpressions;
using Interop.Fhir.FhirPath.Evaluation;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath;

/// <summary>An expression compiled once, evaluated any number of times from any number of threads.</summary>
public sealed class CompiledExpression
{
    private readonly ModelInfo _model;
    private readonly Evaluator _evaluate;

    internal CompiledExpression(string text, ModelInfo model, Evaluator evaluate)
    {
        Text = text;
        _model = model;
        _evaluate = evaluate;
    }

    /// <summary>The expression's text.</summary>
    public string Text { get; }

    /// <summary>
    /// Evaluates the expression on <paramref name="focus"/> (null for no input). Items are model elements or System values
    /// (<c>bool</c>, <c>int</c>, <c>long</c>, <c>decimal</c>, <c>string</c>, and the types of <c>Interop.Fhir.FhirPath.Values</c>).
    /// </summary>
    /// <exception cref="FhirPathException">Evaluation failed or hit a limit.</exception>
    public IReadOnlyList<object> Evaluate(Base? focus, FhirPathEnvironment? environment = null)
    {
        var input = focus is null ? Collection.Empty : Collection.Of(focus);
        var scope = new EvaluationScope(_model, environment ?? FhirPathEnvironment.Default, input);
        try
        {
            return _evaluate(scope, input);
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException or ArgumentException or FormatException)
        {
            // A type the engine did not expect in the data is a failed evaluation, not a crash of the caller.
            throw new FhirPathException(FhirPathErrorCodes.WrongOperandType, $"Evaluation failed: {e.GetType().Name}.");
        }
        catch (RegexMatchTimeoutException)
        {
            throw new FhirPathException(FhirPathErrorCodes.TimeLimit, "A regular expression took too long.");
        }
    }

    /// <summary>Evaluates the expression as a condition: true only when the result is the single Boolean true.</summary>
    public bool IsTrue(Base? focus, FhirPathEnvironment? environment = null) =>
        Collection.ToBoolean(Evaluate(focus, environment), Text) == true;

    /// <inheritdoc />
    public override string ToString() => Text;
}
