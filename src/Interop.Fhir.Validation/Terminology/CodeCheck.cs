namespace Interop.Fhir.Validation.Terminology;

/// <summary>The answer to "is this code in that value set?".</summary>
public enum CodeCheck
{
    /// <summary>The code is in the value set.</summary>
    Member,

    /// <summary>The value set is known and expandable, and the code is not in it.</summary>
    NotMember,

    /// <summary>No loaded package has the value set.</summary>
    UnknownValueSet,

    /// <summary>The value set draws on a code system the engine cannot expand (SNOMED CT, dm+d, LOINC): not checked.</summary>
    NotExpandable,
}
