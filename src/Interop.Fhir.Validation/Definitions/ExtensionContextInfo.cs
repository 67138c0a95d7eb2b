namespace Interop.Fhir.Validation.Definitions;

/// <summary>Where an extension may appear: R4's <c>context.type</c> + <c>expression</c>; STU3's <c>contextType</c> + <c>context</c>.</summary>
/// <param name="Type"><c>element</c>, <c>extension</c> or <c>fhirpath</c> (STU3's <c>resource</c>/<c>datatype</c> read as <c>element</c>).</param>
/// <param name="Expression">The element path (<c>Patient</c>, <c>Patient.name</c>), extension URL or FHIRPath expression.</param>
public sealed record ExtensionContextInfo(string Type, string Expression);
