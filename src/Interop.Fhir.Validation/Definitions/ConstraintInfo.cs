namespace Interop.Fhir.Validation.Definitions;

/// <summary>A FHIRPath invariant.</summary>
/// <param name="Key">Its key (<c>ele-1</c>, <c>dom-3</c>).</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Human">What it means, for the text.</param>
/// <param name="Expression">The FHIRPath expression; null when the definition gives only XPath (STU3 sometimes).</param>
/// <param name="Source">The definition that introduced it.</param>
public sealed record ConstraintInfo(string Key, string Severity, string Human, string? Expression, string? Source);
