namespace Interop.Fhir.Serialization;

/// <summary>The kind of a parse or validation issue, as in OperationOutcome.issue.code (IssueType value set).</summary>
public enum IssueType
{
    /// <summary><c>structure</c>: the syntax or structure is wrong.</summary>
    Structure,

    /// <summary><c>value</c>: a primitive value is not valid for its type.</summary>
    Value,

    /// <summary><c>invalid</c>: content is invalid for a reason not covered by the others.</summary>
    Invalid,

    /// <summary><c>not-supported</c>: the content uses something not supported (an unknown element or type).</summary>
    NotSupported,

    /// <summary><c>too-costly</c>: a limit was reached (nesting depth).</summary>
    TooCostly,

    /// <summary><c>security</c>: the content was refused for security (a DTD or external entity).</summary>
    Security,

    /// <summary><c>required</c>: a required element is missing.</summary>
    Required,

    /// <summary><c>code-invalid</c>: a code is not in the value set it is bound to, or not known.</summary>
    CodeInvalid,

    /// <summary><c>invariant</c>: a FHIRPath invariant is not met.</summary>
    Invariant,

    /// <summary><c>extension</c>: an extension is unknown or used where it is not allowed.</summary>
    Extension,

    /// <summary><c>not-found</c>: a reference or definition could not be found.</summary>
    NotFound,

    /// <summary><c>business-rule</c>: content breaks a business rule (a wrong NHS number check digit).</summary>
    BusinessRule,

    /// <summary><c>informational</c>: nothing wrong; for information.</summary>
    Informational,

    /// <summary><c>processing</c>: something failed while checking the content.</summary>
    Processing,
}
