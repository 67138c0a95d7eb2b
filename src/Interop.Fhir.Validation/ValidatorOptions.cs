using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Terminology;

namespace Interop.Fhir.Validation;

/// <summary>How strictly the validator checks what is not plain FHIR.</summary>
public sealed record ValidatorOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ValidatorOptions Default { get; } = new();

    /// <summary>Checks bound codes and answers <c>memberOf()</c>; bindings are not checked when null.</summary>
    public ITerminologyService? Terminology { get; init; }

    /// <summary>
    /// The severity of an NHS number that fails its Modulus 11 check (default error: a wrong number can mean a wrong patient;
    /// set warning to accept test data such as the official examples' 4857773456).
    /// </summary>
    public IssueSeverity NhsNumberSeverity { get; init; } = IssueSeverity.Error;

    /// <summary>The severity of an ODS organisation code that is not in ODS format (default error).</summary>
    public IssueSeverity OdsCodeSeverity { get; init; } = IssueSeverity.Error;

    /// <summary>
    /// The severity of an extension whose definition is not loaded (default error, as HL7's reference validator: nothing
    /// checks what it means, and a system that receives it cannot know whether it matters; a modifier extension is always an
    /// error). Load the packages that define the extensions partners send rather than lowering this in production.
    /// </summary>
    public IssueSeverity UnknownExtensionSeverity { get; init; } = IssueSeverity.Error;

    /// <summary>
    /// Whether every reference that does not point to a server (relative, <c>urn:</c>, <c>#id</c>) must resolve inside what
    /// is validated: contained resources, the Bundle's entries, the Parameters' resources (default false: most references
    /// name resources on a server). References inside message and document Bundles are held to the Bundle rules either way.
    /// </summary>
    public bool ResolveReferences { get; init; }

    /// <summary>
    /// Whether URLs at the example domains (example.org, example.com, example.net) are accepted (default true: examples and
    /// tests use them); set false for live traffic, where such a URL is a placeholder nobody replaced.
    /// </summary>
    public bool AllowExampleUrls { get; init; } = true;

    /// <summary>
    /// URL prefixes (<c>https://fhir.example.nhs.uk/</c>) of extensions accepted without a loaded definition, modifier
    /// extensions included: the operator vouches that the receiving systems know them (default none).
    /// </summary>
    public IReadOnlyList<string> AllowedExtensionDomains { get; init; } = [];
}
