namespace Interop.Fhir.FhirPath;

/// <summary>Bounds on one evaluation, so an expression taken from configuration cannot hang or exhaust the engine.</summary>
public sealed record FhirPathLimits
{
    /// <summary>The limits used when none are given.</summary>
    public static FhirPathLimits Default { get; } = new();

    /// <summary>Navigation steps, function calls and iterations allowed (default 10,000,000; FP302 beyond).</summary>
    public long MaxSteps { get; init; } = 10_000_000;

    /// <summary>Nesting of iterating functions and recursion (default 256; FP303 beyond).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Wall-clock time allowed (default 2 seconds; FP304 beyond).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
}
