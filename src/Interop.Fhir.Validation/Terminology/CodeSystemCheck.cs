namespace Interop.Fhir.Validation.Terminology;

/// <summary>The answer to "does this code system define that code?".</summary>
public enum CodeSystemCheck
{
    /// <summary>The loaded code system defines the code.</summary>
    Known,

    /// <summary>The loaded code system is complete and does not define the code.</summary>
    Unknown,

    /// <summary>The code system is not loaded, or its content is not complete (SNOMED CT, dm+d, LOINC): not checked.</summary>
    NotExpandable,
}
