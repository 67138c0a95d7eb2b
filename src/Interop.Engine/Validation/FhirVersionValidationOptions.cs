namespace Interop.Engine.Validation;

/// <summary>The packages loaded besides the core package, and the profiles applied, for one FHIR version.</summary>
public sealed class FhirVersionValidationOptions
{
    /// <summary>Package folders, <c>.tgz</c> packages or resource files loaded after the core package; a relative path is relative to the working directory.</summary>
    public List<string> Packages { get; set; } = [];

    /// <summary>Profiles the whole message is validated against, by event code (ITK014M), besides each resource's own meta.profile.</summary>
    public Dictionary<string, List<string>> Profiles { get; set; } = new(StringComparer.Ordinal);
}
