namespace Interop.Cli.Conformance;

/// <summary>Why a file in a suite's folder is not valid FHIR, and the issue the parser must report for it.</summary>
/// <param name="Reason">What is wrong with the file.</param>
/// <param name="IssueCode">The <see cref="Fhir.Serialization.ParseIssueCodes"/> code parsing the file gives.</param>
internal sealed record KnownInvalidExample(string Reason, string IssueCode)
{
    /// <summary>The reason shown when the file is skipped.</summary>
    public string SkipReason => $"known invalid: {Reason} ({IssueCode})";
}
