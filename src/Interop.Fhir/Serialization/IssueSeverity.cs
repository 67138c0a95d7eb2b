namespace Interop.Fhir.Serialization;

/// <summary>The severity of a parse issue, as in OperationOutcome.issue.severity.</summary>
public enum IssueSeverity
{
    /// <summary>Parsing could not go on.</summary>
    Fatal,

    /// <summary>The content is not valid FHIR.</summary>
    Error,

    /// <summary>The content is accepted but questionable.</summary>
    Warning,

    /// <summary>For information only.</summary>
    Information,
}
