using System.Collections.Frozen;
using System.Xml;
using Interop.Fhir.Serialization;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// <c>htmlChecks()</c>: narrative is a well-formed XHTML div holding only the formatting the FHIR spec allows — no
/// scripts, forms, embedded objects or event handlers, and no links that run code — with some content a reader can see
/// (txt-2: text that is not all whitespace, or an image).
/// </summary>
internal static class NarrativeRules
{
    private static readonly FrozenSet<string> ForbiddenElements = FrozenSet.Create(
        StringComparer.Ordinal, "script", "object", "applet", "embed", "iframe", "frame", "frameset", "form", "input", "button", "select",
        "textarea", "base", "link", "meta", "style", "head", "body", "html", "title");

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    /// <summary>Whether <paramref name="item"/> is narrative XHTML that passes the checks.</summary>
    public static bool IsSafe(object item)
    {
        var text = item switch
        {
            IPrimitive primitive => primitive.RawValue,
            string s => s,
            _ => null,
        };
        if (text is null || !XhtmlChecker.IsValidDiv(text))
        {
            return false;
        }

        using var reader = XmlReader.Create(new StringReader(text), Settings);
        var hasContent = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when ForbiddenElements.Contains(reader.LocalName) || !AttributesAreSafe(reader):
                    return false;
                case XmlNodeType.Element when reader.LocalName == "img":
                case XmlNodeType.Text or XmlNodeType.CDATA when !string.IsNullOrWhiteSpace(reader.Value):
                    hasContent = true;
                    break;
            }
        }

        return hasContent;
    }

    private static bool AttributesAreSafe(XmlReader reader)
    {
        while (reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || (name is "href" or "src" && reader.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        reader.MoveToElement();
        return true;
    }
}
