using Interop.Fhir.Serialization;

namespace Interop.Cli.Conformance;

/// <summary>Describes a parse that did not give a clean resource, for a failure reason.</summary>
internal static class ParseFailure
{
    private const int MaxIssuesShown = 3;

    /// <summary>The error issues of <paramref name="result"/> prefixed with the stage, or null when the parse gave a resource without errors.</summary>
    public static string? Describe(string stage, ParseResult result)
    {
        if (!result.HasErrors && result.Resource is not null)
        {
            return null;
        }

        var errors = result.Issues.Where(i => i.IsError).ToList();
        if (errors.Count == 0)
        {
            return $"{stage}: no resource";
        }

        var shown = string.Join("; ", errors.Take(MaxIssuesShown));
        return errors.Count > MaxIssuesShown ? $"{stage}: {shown}; (+{errors.Count - MaxIssuesShown} more)" : $"{stage}: {shown}";
    }
}
