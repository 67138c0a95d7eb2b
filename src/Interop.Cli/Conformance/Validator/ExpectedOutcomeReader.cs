using System.Text.Json;

namespace Interop.Cli.Conformance.Validator;

/// <summary>Reads the outcomes the suite records for other validators, in the shapes its manifest uses.</summary>
internal static class ExpectedOutcomeReader
{
    /// <summary>
    /// The Java reference validator's outcome: the manifest's <c>java</c> is either a file under <paramref name="outcomesFolder"/>
    /// holding an OperationOutcome, or inline as <c>{"errorCount": n, "output": ["ERROR: ...", ...]}</c>. Null when the
    /// manifest names a file the suite does not ship, which leaves the case without an expectation.
    /// </summary>
    public static ExpectedOutcome? Java(JsonElement java, string outcomesFolder)
    {
        if (java.ValueKind == JsonValueKind.Object)
        {
            var output = java.TryGetProperty("output", out var lines) ? lines.EnumerateArray().Select(l => l.GetString() ?? "").ToList() : [];
            return new ExpectedOutcome(
                java.GetProperty("errorCount").GetInt32(),
                [.. output.Where(l => l.StartsWith("ERROR:", StringComparison.Ordinal) || l.StartsWith("FATAL:", StringComparison.Ordinal)).Select(FirstLine)]);
        }

        var path = Path.Combine(outcomesFolder, java.GetString() ?? "");
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var errors = document.RootElement.TryGetProperty("issue", out var issues)
            ? issues.EnumerateArray().Where(IsError).Select(Text).ToList()
            : [];
        return new ExpectedOutcome(errors.Count, errors);
    }

    /// <summary>The Firely SDK's outcome: a file under <paramref name="outcomesFolder"/> holding a JSON array of <c>"[SEVERITY] message"</c> lines.</summary>
    public static ExpectedOutcome Firely(string relativePath, string outcomesFolder)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outcomesFolder, relativePath)));
        var errors = document.RootElement.EnumerateArray()
            .Select(l => l.GetString() ?? "")
            .Where(l => l.StartsWith("[ERROR]", StringComparison.Ordinal) || l.StartsWith("[FATAL]", StringComparison.Ordinal))
            .Select(FirstLine)
            .ToList();
        return new ExpectedOutcome(errors.Count, errors);
    }

    private static bool IsError(JsonElement issue) =>
        issue.TryGetProperty("severity", out var severity) && severity.GetString() is "error" or "fatal";

    private static string Text(JsonElement issue) =>
        FirstLine(issue.TryGetProperty("details", out var details) && details.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "");

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
