using System.Diagnostics;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>The state of one evaluation: environment, iteration variables, the fixed clock and the limits' counters.</summary>
internal sealed class EvaluationScope
{
    private readonly long _deadline;
    private readonly long _maxSteps;
    private long _steps;
    private DateTimeOffset? _now;
    private Dictionary<string, IReadOnlyList<object>>? _defined;

    public EvaluationScope(ModelInfo model, FhirPathEnvironment environment, IReadOnlyList<object> input)
    {
        Model = model;
        Environment = environment;
        Input = input;
        _maxSteps = environment.Limits.MaxSteps;
        _deadline = Stopwatch.GetTimestamp() + (long)(environment.Limits.Timeout.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>The model the expression was compiled for.</summary>
    public ModelInfo Model { get; }

    /// <summary>What the caller supplied.</summary>
    public FhirPathEnvironment Environment { get; }

    /// <summary><c>%context</c>: the evaluation's input.</summary>
    public IReadOnlyList<object> Input { get; }

    /// <summary><c>$index</c> of the innermost iteration.</summary>
    public int Index { get; set; }

    /// <summary><c>$total</c> of the innermost <c>aggregate()</c>.</summary>
    public IReadOnlyList<object> Total { get; set; } = Collection.Empty;

    /// <summary>How deeply iterations are nested now.</summary>
    public int Depth { get; private set; }

    /// <summary>The moment of the evaluation: every <c>now()</c> in one evaluation answers the same.</summary>
    public DateTimeOffset Now => _now ??= Environment.Clock.GetLocalNow();

    /// <summary>Counts one unit of work and enforces the step and time limits.</summary>
    public void Step()
    {
        var steps = ++_steps;
        if (steps > _maxSteps)
        {
            throw new FhirPathException(FhirPathErrorCodes.StepLimit, $"Evaluation exceeded {_maxSteps} steps.");
        }

        // Reading the clock costs more than a step; every 1024 steps is often enough to stop within the limit.
        if ((steps & 1023) == 0 && Stopwatch.GetTimestamp() > _deadline)
        {
            throw new FhirPathException(FhirPathErrorCodes.TimeLimit, $"Evaluation exceeded {Environment.Limits.Timeout}.");
        }
    }

    /// <summary>Enters a nested iteration; dispose the result to leave it.</summary>
    public DepthGuard Enter()
    {
        if (++Depth > Environment.Limits.MaxDepth)
        {
            Depth--;
            throw new FhirPathException(FhirPathErrorCodes.DepthLimit, $"Evaluation nested deeper than {Environment.Limits.MaxDepth}.");
        }

        return new DepthGuard(this);
    }

    /// <summary>A variable set by <c>defineVariable()</c>, or null.</summary>
    public IReadOnlyList<object>? Defined(string name) => _defined?.GetValueOrDefault(name);

    /// <summary>Sets a variable for the rest of the evaluation.</summary>
    public void Define(string name, IReadOnlyList<object> value) =>
        (_defined ??= new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal))[name] = value;

    internal void Leave() => Depth--;
}
