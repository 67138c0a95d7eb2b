using Interop.Fhir.Serialization;

namespace Interop.Fhir.Validation.Validation;

/// <summary>One problem found: severity, OperationOutcome issue type, a stable code, a message without patient data, and where.</summary>
/// <param name="Severity">How bad it is.</param>
/// <param name="Type">The OperationOutcome issue type.</param>
/// <param name="Code">A stable code from <see cref="ValidationCodes"/>.</param>
/// <param name="Message">What is wrong, naming elements, codes and profiles but never values of the resource.</param>
/// <param name="Expression">The FHIRPath location (<c>Patient.identifier[0].value</c>).</param>
public sealed record ValidationIssue(IssueSeverity Severity, IssueType Type, string Code, string Message, string? Expression)
{
    /// <summary>The 1-based line in the text the resource was parsed from, when the caller gave its positions.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column in that line.</summary>
    public int? Column { get; init; }

    /// <summary>Whether the issue is an error or fatal.</summary>
    public bool IsError => Severity is IssueSeverity.Error or IssueSeverity.Fatal;
}
