using Interop.Fhir;
using Interop.Functions.Fhir;
using R4 = Interop.Fhir.R4;
using Stu3 = Interop.Fhir.Stu3;

namespace Interop.Functions.Errors;

/// <summary>Builds the OperationOutcome for a host issue in the FHIR version of the request.</summary>
internal static class OperationOutcomeFactory
{
    /// <summary>Creates an outcome with one issue; <paramref name="traceId"/> lets an operator find the matching log entries.</summary>
    public static Base Create(FhirRelease release, HostIssue issue, string traceId) => release switch
    {
        FhirRelease.Stu3 => CreateStu3(issue, traceId),
        _ => CreateR4(issue, traceId),
    };

    private static R4.OperationOutcome CreateR4(HostIssue issue, string traceId) => new()
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
    };

    private static Stu3.OperationOutcome CreateStu3(HostIssue issue, string traceId) => new()
    {
        Issue =
        [
            new Stu3.OperationOutcome.IssueComponent
            {
                Severity = new Stu3.Code(issue.Severity),
                Code = new Stu3.Code(issue.IssueType),
                Details = new Stu3.CodeableConcept
                {
                    Coding = [new Stu3.Coding { System = new Stu3.FhirUri(HostIssue.CodeSystem), Code = new Stu3.Code(issue.Code), Display = new Stu3.FhirString(issue.Display) }],
                    Text = new Stu3.FhirString(issue.Display),
                },
                Diagnostics = new Stu3.FhirString(Diagnostics(traceId)),
            },
        ],
    };

    private static string Diagnostics(string traceId) => "trace id " + traceId;
}
