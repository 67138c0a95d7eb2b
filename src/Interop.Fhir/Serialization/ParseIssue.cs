namespace Interop.Fhir.Serialization;

/// <summary>One problem found while parsing, with a stable code and where it is.</summary>
/// <param name="Code">Stable code from <see cref="ParseIssueCodes"/> (<c>JSON101</c>, <c>XML104</c>, ...).</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Type">The OperationOutcome issue type.</param>
/// <param name="Message">A human-readable description; never contains element values.</param>
/// <param name="Path">The FHIRPath-style location (<c>Patient.name[0].given[1]</c>), when known.</param>
/// <param name="Line">The 1-based line in the source, when known.</param>
/// <param name="Column">The 1-based column (JSON: byte position in the line) in the source, when known.</param>
public sealed record ParseIssue(
    string Code,
    IssueSeverity Severity,
    IssueType Type,
    string Message,
    string? Path,
    long? Line,
    long? Column)
{
    /// <summary>Whether the issue makes the content invalid.</summary>
    public bool IsError => Severity <= IssueSeverity.Error;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Code} {Severity}{(Path is null ? "" : $" at {Path}")}{(Line is null ? "" : $" ({Line}:{Column})")}: {Message}";
}
