using Interop.Engine.Acknowledgements;
using Interop.Engine.Messages;
using Interop.Engine.Receiving;
using Interop.Fhir;
using Interop.Fhir.Serialization;
using Interop.Functions.Fhir;
using R4 = Interop.Fhir.R4;

namespace Interop.Functions.Messaging;

/// <summary>
/// The OperationOutcomes the message endpoints answer with: a receipt for an accepted message, a refusal carrying the
/// engine's code and the ITK response code, and one issue per parse problem (code, path and line, never a value).
/// </summary>
internal static class IntakeOutcomes
{
    /// <summary>The code system of the engine's outcome codes (RCV…, RTE…, DLV…).</summary>
    public const string EngineCodeSystem = "https://interop.example/fhir/CodeSystem/engine-outcome";

    /// <summary>The code system of the parsers' issue codes (JSON1xx, XML1xx).</summary>
    public const string ParseCodeSystem = ParseIssueCodes.CodeSystem;

    private const int MaxParseIssues = 100;

    /// <summary>The receipt for an accepted message.</summary>
    public static Base Accepted(string fhirVersion, string messageId) => InVersion(fhirVersion, Outcome(
        Issue("information", "informational", [Coding(EngineCodeSystem, "RCV202", "Message accepted"), Coding(ItkCodes.ResponseCodeSystem, ItkCodes.Success, ItkCodes.Display(ItkCodes.Success))],
            $"Accepted as message {messageId}.")));

    /// <summary>
    /// The answer to a refused message: the engine's code with the ITK response code, or for BaRS traffic
    /// (<paramref name="bars"/>) with the BaRS receiver's error code for the status.
    /// </summary>
    public static Base Refused(string fhirVersion, ReceiveIssue issue, string? messageId, IEnumerable<ParseIssue> parseIssues, bool bars = false)
    {
        var standardCode = bars
            ? Coding(BarsErrorCodes.CodeSystem, BarsErrorCodes.For(issue.HttpStatus), null)
            : Coding(ItkCodes.ResponseCodeSystem, issue.ItkCode, ItkCodes.Display(issue.ItkCode));
        var outcome = Outcome(Issue("error", issue.IssueType, [Coding(EngineCodeSystem, issue.Code, issue.Display), standardCode],
            messageId is null ? issue.Display : $"{issue.Display} Recorded as message {messageId}."));
        foreach (var parseIssue in parseIssues.Where(p => p.IsError).Take(MaxParseIssues))
        {
            var detail = Issue(parseIssue.Severity.Code(), parseIssue.Type.Code(), [Coding(ParseCodeSystem, parseIssue.Code, null)],
                parseIssue.Line is null ? parseIssue.Message : $"{parseIssue.Message} (line {parseIssue.Line}, column {parseIssue.Column})");
            if (parseIssue.Path is { } path)
            {
                detail.Expression.Add(new R4.FhirString(path));
            }

            outcome.Issue.Add(detail);
        }

        return InVersion(fhirVersion, outcome);
    }

    private static R4.OperationOutcome Outcome(R4.OperationOutcome.IssueComponent issue)
    {
        var outcome = new R4.OperationOutcome();
        outcome.Issue.Add(issue);
        return outcome;
    }

    private static R4.OperationOutcome.IssueComponent Issue(string severity, string type, R4.Coding[] codings, string diagnostics) => new()
    {
        Severity = new R4.Code(severity),
        Code = new R4.Code(type),
        Details = new R4.CodeableConcept { Coding = [.. codings] },
        Diagnostics = new R4.FhirString(diagnostics),
    };

    private static R4.Coding Coding(string system, string code, string? display) => new()
    {
        System = new R4.FhirUri(system),
        Code = new R4.Code(code),
        Display = display is null ? null : new R4.FhirString(display),
    };

    private static Base InVersion(string fhirVersion, R4.OperationOutcome outcome) =>
        OutcomeVersions.In(fhirVersion == FhirVersions.Stu3 ? FhirRelease.Stu3 : FhirRelease.R4, outcome);
}
