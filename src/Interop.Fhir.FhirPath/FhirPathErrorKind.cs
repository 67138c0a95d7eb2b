namespace Interop.Fhir.FhirPath;

/// <summary>When a FHIRPath problem was found, as the official test suite classifies them.</summary>
public enum FhirPathErrorKind
{
    /// <summary>The text is not a FHIRPath expression.</summary>
    Syntax,

    /// <summary>The expression is well formed but meaningless: an unknown function, element or type.</summary>
    Semantic,

    /// <summary>Evaluation failed on this input, or hit a limit.</summary>
    Execution,
}
