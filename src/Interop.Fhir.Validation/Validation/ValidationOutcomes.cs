using Interop.Fhir.Serialization;
using R4 = Interop.Fhir.R4;

namespace Interop.Fhir.Validation.Validation;

/// <summary>Validation results as FHIR R4 OperationOutcomes (the host converts them for STU3 callers).</summary>
public static class ValidationOutcomes
{
    // FHIR's own extensions for where in the source an issue is.
    private const string LineExtension = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line";
    private const string ColumnExtension = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-col";

    /// <summary>The code system of the validator's issue codes (VAL1xx).</summary>
    public const string CodeSystem = "https://interop.example/fhir/CodeSystem/validation-issue";

    /// <summary>
    /// One issue per parse issue (when given) and per validation issue: severity, type, the stable code in <c>details</c>, the
    /// message in <c>diagnostics</c>, the location in <c>expression</c> and the source line and column in FHIR's extensions;
    /// a single informational issue when there is nothing to report.
    /// </summary>
    public static R4.OperationOutcome ToOperationOutcome(this ValidationResult result, IEnumerable<ParseIssue>? parseIssues = null)
    {
        var outcome = new R4.OperationOutcome();
        foreach (var issue in parseIssues ?? [])
        {
            outcome.Issue.Add(Issue(issue.Severity, issue.Type, ParseIssueCodes.CodeSystem, issue.Code, issue.Message, issue.Path, issue.Line, issue.Column));
        }

        foreach (var issue in result.Issues)
        {
            outcome.Issue.Add(Issue(issue.Severity, issue.Type, CodeSystem, issue.Code, issue.Message, issue.Expression, issue.Line, issue.Column));
        }

        if (outcome.Issue.Count == 0)
        {
            outcome.Issue.Add(new R4.OperationOutcome.IssueComponent
            {
                Severity = new R4.Code("information"),
                Code = new R4.Code("informational"),
                Diagnostics = new R4.FhirString("No issues found."),
            });
        }

        return outcome;
    }

    private static R4.OperationOutcome.IssueComponent Issue(
        IssueSeverity severity, IssueType type, string system, string code, string message, string? expression, long? line, long? column)
    {
        var entry = new R4.OperationOutcome.IssueComponent
        {
            Severity = new R4.Code(severity.Code()),
            Code = new R4.Code(type.Code()),
            Details = new R4.CodeableConcept { Coding = [new R4.Coding { System = new R4.FhirUri(system), Code = new R4.Code(code) }] },
            Diagnostics = new R4.FhirString(message),
        };
        if (expression is not null)
        {
            entry.Expression.Add(new R4.FhirString(expression));
        }

        if (line is { } l && column is { } c)
        {
            entry.Extension.Add(new R4.Extension { Url = LineExtension, Value = new R4.Integer((int)Math.Min(l, int.MaxValue)) });
            entry.Extension.Add(new R4.Extension { Url = ColumnExtension, Value = new R4.Integer((int)Math.Min(c, int.MaxValue)) });
        }

        return entry;
    }
}
