namespace Interop.Fhir.Validation.Definitions;

/// <summary>One allowed type of an element, with the profiles it must meet.</summary>
/// <param name="Code">The type (<c>Reference</c>, <c>string</c>, <c>Extension</c>); FHIRPath system types such as <c>http://hl7.org/fhirpath/System.String</c> as written.</param>
/// <param name="Profiles">Profiles the value must conform to (any one of them); for Extension, the extension's definition.</param>
/// <param name="TargetProfiles">For Reference and canonical: what the target must be (any one of them).</param>
public sealed record TypeRefInfo(string Code, IReadOnlyList<string> Profiles, IReadOnlyList<string> TargetProfiles);
