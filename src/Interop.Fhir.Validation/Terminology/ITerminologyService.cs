using Interop.Fhir.FhirPath;

namespace Interop.Fhir.Validation.Terminology;

/// <summary>Checks codes against value sets from the loaded packages; thread-safe. Also answers FHIRPath's <c>memberOf()</c>.</summary>
public interface ITerminologyService : IValueSetMembership
{
    /// <summary>Whether the code (with its system, when the value is a Coding) is in the value set (<c>url</c> or <c>url|version</c>).</summary>
    CodeCheck CheckCode(string valueSetUrl, string? system, string code);

    /// <summary>
    /// Whether the code system (<c>url</c> or <c>url|version</c>) defines the code, when that code system is loaded; a service
    /// that loads no code systems checks none.
    /// </summary>
    CodeSystemCheck CheckCodeInSystem(string system, string code) => CodeSystemCheck.NotExpandable;

    /// <summary>
    /// The names a loaded code system gives the code (its display, then its designations), or null when the code system
    /// is not loaded or does not define the code.
    /// </summary>
    IReadOnlyList<string>? DisplaysOf(string system, string code) => null;
}
