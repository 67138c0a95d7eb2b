namespace Interop.Fhir.FhirPath;

/// <summary>Answers <c>conformsTo()</c>; implemented by the validator.</summary>
public interface IProfileConformance
{
    /// <summary>Whether the resource conforms to the profile; null when the profile is unknown.</summary>
    bool? ConformsTo(Base resource, string profileUrl);
}
