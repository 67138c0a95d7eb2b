namespace Interop.Fhir.Serialization;

/// <summary>The OperationOutcome codes of <see cref="IssueType"/>.</summary>
public static class IssueTypeCodes
{
    /// <summary>The code of <paramref name="type"/> in the IssueType value set (<c>code-invalid</c>).</summary>
    public static string Code(this IssueType type) => type switch
    {
        IssueType.Structure => "structure",
        IssueType.Value => "value",
        IssueType.NotSupported => "not-supported",
        IssueType.TooCostly => "too-costly",
        IssueType.Security => "security",
        IssueType.Required => "required",
        IssueType.CodeInvalid => "code-invalid",
        IssueType.Invariant => "invariant",
        IssueType.Extension => "extension",
        IssueType.NotFound => "not-found",
        IssueType.BusinessRule => "business-rule",
        IssueType.Informational => "informational",
        IssueType.Processing => "processing",
        _ => "invalid",
    };
}
