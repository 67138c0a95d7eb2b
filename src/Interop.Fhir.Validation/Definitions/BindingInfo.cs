namespace Interop.Fhir.Validation.Definitions;

/// <summary>A terminology binding.</summary>
/// <param name="Strength"><c>required</c>, <c>extensible</c>, <c>preferred</c> or <c>example</c>.</param>
/// <param name="ValueSet">The value set's canonical URL (possibly with <c>|version</c>); null when the binding names none.</param>
public sealed record BindingInfo(string Strength, string? ValueSet);
