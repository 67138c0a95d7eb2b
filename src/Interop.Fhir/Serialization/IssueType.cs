namespace Interop.Fhir.Serialization;

/// <summary>The kind of a parse issue, as in OperationOutcome.issue.code (IssueType value set).</summary>
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
}
