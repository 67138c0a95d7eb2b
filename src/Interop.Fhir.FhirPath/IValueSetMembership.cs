namespace Interop.Fhir.FhirPath;

/// <summary>Answers <c>memberOf()</c>; implemented by the validator over its loaded ValueSets.</summary>
public interface IValueSetMembership
{
    /// <summary>Whether a code, Coding or CodeableConcept is in the value set; null when the value set cannot be expanded.</summary>
    bool? MemberOf(object coded, string valueSetUrl);
}
