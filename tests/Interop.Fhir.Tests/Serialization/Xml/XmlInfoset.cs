using System.Text;
using System.Xml.Linq;

namespace Interop.Fhir.Tests.Serialization.Xml;

/// <summary>Reduces an XML document to what FHIR gives meaning to, so two serializations can be compared.</summary>
/// <remarks>
/// Kept: element names with namespaces, attributes (sorted), and all text inside XHTML. Dropped: comments,
/// namespace declarations and prefixes, xsi attributes, and whitespace between FHIR elements.
/// </remarks>
internal static class XmlInfoset
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string Canonical(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        var document = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        var text = new StringBuilder();
        Write(document.Root!, text, inXhtml: false);
        return text.ToString();
    }

    private static void Write(XElement element, StringBuilder text, bool inXhtml)
    {
        inXhtml |= element.Name.Namespace == Xhtml;
        text.Append('<').Append(element.Name);
        foreach (var attribute in element.Attributes()
                     .Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != Xsi)
                     .OrderBy(a => a.Name.ToString(), StringComparer.Ordinal))
        {
            text.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
        }

        text.Append('>');

        // Adjacent text nodes (split by a dropped comment) count as one.
        var content = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child:
                    Flush(content, text, inXhtml);
                    Write(child, text, inXhtml);
                    break;
                case XText run:
                    content.Append(run.Value);
                    break;
            }
        }

        Flush(content, text, inXhtml);
        text.Append("</>");
    }

    private static void Flush(StringBuilder content, StringBuilder text, bool inXhtml)
    {
        if (inXhtml ? content.Length > 0 : !string.IsNullOrWhiteSpace(content.ToString()))
        {
            text.Append('[').Append(content).Append(']');
        }

        content.Clear();
    }
}
