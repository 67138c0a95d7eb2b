namespace Interop.Fhir.FhirPath;

/// <summary>How an expression is compiled; part of the compiled-expression cache key.</summary>
public sealed record FhirPathCompileOptions
{
    /// <summary>The options used when none are given: lenient, no context type.</summary>
    public static FhirPathCompileOptions Default { get; } = new();

    /// <summary>Whether names are checked against the model: an unknown element on a known type is an error (FP202).</summary>
    public bool Strict { get; init; }

    /// <summary>The FHIR type of the input (<c>Patient</c>), which strict checks start from; null when unknown.</summary>
    public string? ContextType { get; init; }

    /// <summary>Whether order-dependent functions on unordered collections (<c>children().first()</c>) are errors (FP206).</summary>
    public bool CheckOrderedFunctions { get; init; }
}
