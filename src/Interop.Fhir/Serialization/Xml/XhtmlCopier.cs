using System.Collections.Frozen;
using System.Text;
using System.Xml;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Copies a narrative <c>div</c> between XML readers and writers, with XHTML always in the default namespace.</summary>
internal static class XhtmlCopier
{
    /// <summary>Settings for writing a div to a string: no declaration, newlines kept, newlines in attributes escaped.</summary>
    public static readonly XmlWriterSettings FragmentWriterSettings = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        OmitXmlDeclaration = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        Indent = false,
    };

    // FHIR narrative may hold only formatting XHTML (invariant txt-1); these are the elements that run code,
    // submit data or pull in outside content, which a receiver must never display.
    private static readonly FrozenSet<string> ForbiddenElements = FrozenSet.ToFrozenSet(
    [
        "html", "head", "body", "script", "form", "input", "button", "select", "textarea",
        "base", "link", "meta", "frame", "frameset", "iframe", "object", "applet", "embed",
    ], StringComparer.Ordinal);

    /// <summary>Copies the element the reader is on, and its subtree, leaving the reader on its last node.</summary>
    /// <returns>False when the subtree holds content FHIR narrative forbids (scripts, forms, event handlers).</returns>
    public static bool CopyElement(XmlReader reader, XmlWriter writer)
    {
        var depth = reader.Depth;
        var permitted = WriteStartElement(reader, writer);
        if (reader.IsEmptyElement)
        {
            writer.WriteEndElement();
            return permitted;
        }

        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    permitted &= WriteStartElement(reader, writer);
                    if (reader.IsEmptyElement)
                    {
                        writer.WriteEndElement();
                    }

                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    if (reader.Depth == depth)
                    {
                        return permitted;
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
                case XmlNodeType.Comment:
                    writer.WriteComment(reader.Value);
                    break;
            }
        }

        return permitted;
    }

    /// <summary>Re-writes a div string as well-formed XML with the XHTML namespace declared on the div.</summary>
    /// <exception cref="FormatException">The string is not one well-formed <c>div</c> element in the XHTML namespace.</exception>
    public static string Normalize(string div)
    {
        var settings = new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreProcessingInstructions = true,
        };
        var output = new StringBuilder(div.Length + 16);
        try
        {
            using var reader = XmlReader.Create(new StringReader(div), settings);
            using var writer = XmlWriter.Create(output, FragmentWriterSettings);
            var seen = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when !seen && reader.LocalName == "div" && reader.NamespaceURI == XmlNamespaces.Xhtml:
                        CopyElement(reader, writer);
                        seen = true;
                        break;
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.Comment:
                        break;
                    default:
                        throw new FormatException("The narrative must be a single div element in the XHTML namespace.");
                }
            }

            if (!seen)
            {
                throw new FormatException("The narrative must be a single div element in the XHTML namespace.");
            }
        }
        catch (XmlException e)
        {
            throw new FormatException("The narrative div is not well-formed XML.", e);
        }

        return output.ToString();
    }

    private static bool WriteStartElement(XmlReader reader, XmlWriter writer)
    {
        var ns = reader.NamespaceURI;
        var isXhtml = ns == XmlNamespaces.Xhtml;
        var permitted = !isXhtml || !ForbiddenElements.Contains(reader.LocalName);

        // XHTML goes in the default namespace so the div reads the same as the string FHIR JSON carries.
        writer.WriteStartElement(isXhtml ? string.Empty : reader.Prefix, reader.LocalName, ns);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // Declarations are left to the writer, which adds the ones the copied names need.
                if (reader.NamespaceURI == XmlNamespaces.Xmlns)
                {
                    continue;
                }

                permitted &= IsPermittedAttribute(reader);
                writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return permitted;
    }

    private static bool IsPermittedAttribute(XmlReader reader)
    {
        var name = reader.LocalName;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !(name is "href" or "src")
            || !reader.Value.AsSpan().TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
    }
}
