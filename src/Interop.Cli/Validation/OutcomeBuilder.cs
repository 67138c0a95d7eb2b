using Interop.Fhir.R4;
using Interop.Fhir.Serialization;

namespace Interop.Cli.Validation;

/// <summary>Writes what validating a file found as an OperationOutcome: one issue per parser or validator issue, in that order.</summary>
internal static class OutcomeBuilder
{
    /// <summary>The code system of the engine's stable issue codes (<c>JSON101</c>, <c>VAL101</c>...) in <c>issue.details</c>.</summary>
    public const string IssueCodeSystem = "https://interop.example/fhir/CodeSystem/issue-code";

    private const string LineExtension = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line";
    private const string ColumnExtension = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-col";

    /// <summary>
    /// The outcome of <paramref name="validation"/>; an R4 resource, as OperationOutcome is the same in STU3 and its JSON reads
    /// either way. A file with no issue gets one informational issue, as an OperationOutcome needs at least one.
    /// </summary>
    public static OperationOutcome Build(FileValidation validation)
    {
        var outcome = new OperationOutcome();
        foreach (var issue in validation.Parsed.Issues)
        {
            var entry = Issue(issue.Severity, issue.Type, issue.Code, issue.Message, issue.Path);
            AddPosition(entry, LineExtension, issue.Line);
            AddPosition(entry, ColumnExtension, issue.Column);
            outcome.Issue.Add(entry);
        }

        foreach (var issue in validation.Validation?.Issues ?? [])
        {
            outcome.Issue.Add(Issue(issue.Severity, issue.Type, issue.Code, issue.Message, issue.Expression));
        }

        if (outcome.Issue.Count == 0)
        {
            outcome.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = new Code("information"),
                Code = new Code(IssueType.Informational.Code()),
                Diagnostics = new FhirString("no issues"),
            });
        }

        return outcome;
    }

    private static OperationOutcome.IssueComponent Issue(IssueSeverity severity, IssueType type, string code, string message, string? expression)
    {
        var details = new CodeableConcept { Text = new FhirString(message) };
        details.Coding.Add(new Coding { System = new FhirUri(IssueCodeSystem), Code = new Code(code) });
        var issue = new OperationOutcome.IssueComponent
        {
            Severity = new Code(severity.ToString().ToLowerInvariant()),
            Code = new Code(type.Code()),
            Details = details,
        };
        if (expression is not null)
        {
            issue.Expression.Add(new FhirString(expression));
        }

        return issue;
    }

    // The source position goes in the core extensions for it: OperationOutcome has no element of its own for it.
    private static void AddPosition(OperationOutcome.IssueComponent issue, string url, long? position)
    {
        if (position is { } value)
        {
            issue.Extension.Add(new Extension { Url = url, Value = new Integer((int)Math.Min(value, int.MaxValue)) });
        }
    }
}
