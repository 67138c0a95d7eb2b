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
    /// One issue per validation issue: severity, type, the stable code in <c>details</c>, the message in <c>diagnostics</c> and
    /// the location in <c>expression</c>; a single informational issue when there is nothing to report.
    /// </summary>
    public static R4.OperationOutcome ToOperationOutcome(this ValidationResult result)
    {
        var outcome = new R4.OperationOutcome();
        foreach (var issue in result.Issues)
        {
            var entry = new R4.OperationOutcome.IssueComponent
            {
                Severity = new R4.Code(issue.Severity.Code()),
                Code = new R4.Code(issue.Type.Code()),
                Details = new R4.CodeableConcept { Coding = [new R4.Coding { System = new R4.FhirUri(CodeSystem), Code = new R4.Code(issue.Code) }] },
                Diagnostics = new R4.FhirString(issue.Message),
            };
            if (issue.Expression is { } expression)
            {
                entry.Expression.Add(new R4.FhirString(expression));
            }

            if (issue is { Line: { } line, Column: { } column })
            {
                entry.Extension.Add(new R4.Extension { Url = LineExtension, Value = new R4.Integer(line) });
                entry.Extension.Add(new R4.Extension { Url = ColumnExtension, Value = new R4.Integer(column) });
            }

            outcome.Issue.Add(entry);
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
}
