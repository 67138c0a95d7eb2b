namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>The variables the evaluator sets while iterating.</summary>
public enum ContextVariable
{
    /// <summary><c>$this</c>: the item in focus.</summary>
    This,

    /// <summary><c>$index</c>: the item's position in the collection iterated.</summary>
    Index,

    /// <summary><c>$total</c>: the accumulator of <c>aggregate()</c>.</summary>
    Total,
}
