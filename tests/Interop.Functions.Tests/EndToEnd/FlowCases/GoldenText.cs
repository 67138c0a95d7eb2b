using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Interop.Functions.Tests.EndToEnd.FlowCases;

/// <summary>
/// What a receiver got, as a golden file holds it: the values the engine makes up on each run replaced by placeholders,
/// then indented. The engine's message ids become <c>{message-id}</c>; any other UUID, or date-time, that the input does
/// not hold becomes <c>{uuid-N}</c> (numbered by first appearance, so references still show what they point at) or <c>{now}</c>.
/// </summary>
internal static partial class GoldenText
{
    /// <summary>Whether golden files are rewritten rather than compared (<c>INTEROP_UPDATE_GOLDEN=1</c>).</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("INTEROP_UPDATE_GOLDEN") == "1";

    /// <summary>The golden form of <paramref name="body"/> (FHIR XML or JSON per <paramref name="mediaType"/>).</summary>
    public static string Normalise(byte[] body, string mediaType, string input, IEnumerable<string> messageIds)
    {
        var text = Encoding.UTF8.GetString(body);
        foreach (var id in messageIds)
        {
            var dashed = Guid.ParseExact(id, "N").ToString("D");
            text = text.Replace(id, "{message-id}", StringComparison.Ordinal).Replace(dashed, "{message-id}", StringComparison.Ordinal);
        }

        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        text = Uuid().Replace(text, m => input.Contains(m.Value, StringComparison.OrdinalIgnoreCase)
            ? m.Value
            : "{uuid-" + (numbers.TryGetValue(m.Value, out var n) ? n : numbers[m.Value] = numbers.Count + 1).ToString(CultureInfo.InvariantCulture) + "}");
        text = DateTime().Replace(text, m => input.Contains(m.Value, StringComparison.Ordinal) ? m.Value : "{now}");
        return Indent(text, mediaType);
    }

    /// <summary>Compares <paramref name="actual"/> with the golden file, or rewrites the file when updating.</summary>
    public static void Check(string actual, string goldenPath, string because)
    {
        if (Updating)
        {
            File.WriteAllText(goldenPath, actual);
        }

        File.Exists(goldenPath).Should().BeTrue($"{Path.GetFileName(goldenPath)} holds {because} (create it with INTEROP_UPDATE_GOLDEN=1, then review it)");
        actual.Should().Be(File.ReadAllText(goldenPath), because);
    }

    private static string Indent(string text, string mediaType)
    {
        if (mediaType.Contains("xml", StringComparison.Ordinal))
        {
            return XDocument.Parse(text).ToString() + "\n";
        }

        return JsonNode.Parse(text)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")]
    private static partial Regex DateTime();
}
