using Interop.Fhir;
using Interop.Functions.Fhir;
using R4 = Interop.Fhir.R4;

namespace Interop.Functions.Errors;

/// <summary>Builds the OperationOutcome for a host issue in the FHIR version of the request.</summary>
internal static class OperationOutcomeFactory
{
    /// <summary>Creates an outcome with one issue; <paramref name="traceId"/> lets an operator find the matching log entries.</summary>
    public static Base Create(FhirRelease release, HostIssue issue, string traceId) => OutcomeVersions.In(release, new R4.OperationOutcome
    {
        Issue =
        [
            new R4.OperationOutcome.IssueComponent
            {
                Severity = new R4.Code(issue.Severity),
                Code = new R4.Code(issue.IssueType),
                Details = new R4.CodeableConcept
                {
                    Coding = [new R4.Coding { System = new R4.FhirUri(HostIssue.CodeSystem), Code = new R4.Code(issue.Code), Display = new R4.FhirString(issue.Display) }],
                    Text = new R4.FhirString(issue.Display),
                },
                Diagnostics = new R4.FhirString(Diagnostics(traceId)),
            },
        ],
    });

    private static string Diagnostics(string traceId) => "trace id " + traceId;
}
