using System.Text.Json;
using System.Xml.Linq;

namespace Interop.Functions.Tests.Support;

/// <summary>
/// Reads values out of a FHIR JSON or XML body by a dotted element path (<c>issue.details.coding.code</c>),
/// independently of the serializers under test.
/// </summary>
internal sealed class FhirBody
{
    private static readonly XNamespace Fhir = "http://hl7.org/fhir";

    private readonly JsonElement? _json;
    private readonly XElement? _xml;

    private FhirBody(JsonElement? json, XElement? xml)
    {
        _json = json;
        _xml = xml;
    }

    /// <summary>The resource type: JSON <c>resourceType</c>, or the XML root element in the FHIR namespace.</summary>
    public string? ResourceType => _json is { } json
        ? json.GetProperty("resourceType").GetString()
        : _xml!.Name.Namespace == Fhir ? _xml.Name.LocalName : null;

    public static FhirBody Parse(string contentType, string body) =>
        contentType.Contains("xml", StringComparison.Ordinal)
            ? new FhirBody(null, XDocument.Parse(body).Root)
            : new FhirBody(JsonDocument.Parse(body).RootElement.Clone(), null);

    public static async Task<FhirBody> ReadAsync(HttpResponseMessage response) =>
        Parse(response.Content.Headers.ContentType?.MediaType ?? "", await response.Content.ReadAsStringAsync());

    /// <summary>Every primitive value at the path, repeating elements flattened in order.</summary>
    public IReadOnlyList<string> Values(string path)
    {
        var names = path.Split('.');
        return _json is { } json ? JsonValues(json, names) : XmlValues(_xml!, names);
    }

    /// <summary>The single value at the path.</summary>
    public string Value(string path) => Values(path).Should().ContainSingle($"{path} should have one value").Subject;

    private static List<string> JsonValues(JsonElement root, string[] names)
    {
        IEnumerable<JsonElement> current = [root];
        foreach (var name in names)
        {
            current = current
                .Select(e => e.TryGetProperty(name, out var child) ? child : default)
                .Where(e => e.ValueKind != JsonValueKind.Undefined)
                .SelectMany(e => e.ValueKind == JsonValueKind.Array ? e.EnumerateArray() : (IEnumerable<JsonElement>)[e]);
        }

        return [.. current.Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText())];
    }

    private static List<string> XmlValues(XElement root, string[] names)
    {
        IEnumerable<XElement> current = [root];
        foreach (var name in names)
        {
            current = current.SelectMany(e => e.Elements(Fhir + name));
        }

        return [.. current.Select(e => e.Attribute("value")?.Value).OfType<string>()];
    }
}
