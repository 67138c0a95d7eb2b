using System.Xml;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.Serialization;

/// <summary>Checks that narrative XHTML is a well-formed <c>div</c> in the XHTML namespace.</summary>
public static class XhtmlChecker
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        ConformanceLevel = ConformanceLevel.Fragment,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Whether <paramref name="xhtml"/> is one well-formed XHTML <c>div</c> element and nothing else.</summary>
    public static bool IsValidDiv(ReadOnlySpan<char> xhtml)
    {
        if (XhtmlScanner.IsCertainlyWellFormed(xhtml))
        {
            return true;
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(xhtml.ToString()), Settings);
            if (!reader.Read() || reader.NodeType != XmlNodeType.Element || reader.LocalName != "div" || reader.NamespaceURI != XmlNamespaces.Xhtml)
            {
                return false;
            }

            reader.Skip();
            while (reader.NodeType == XmlNodeType.Whitespace && reader.Read())
            {
            }

            return reader.EOF;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
