using System.Buffers;
using System.Text;
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

    // Neither direction replaces what it cannot convert: a lone surrogate or a stray byte is not XML, so it fails the check.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether the UTF-8 <paramref name="xhtml"/> is one well-formed XHTML <c>div</c> element and nothing else.</summary>
    public static bool IsValidDiv(ReadOnlySpan<byte> xhtml)
    {
        if (XhtmlScanner.IsCertainlyWellFormed(xhtml))
        {
            return true;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(xhtml);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return IsValidDivByXmlReader(text);
    }

    /// <summary>Whether <paramref name="xhtml"/> is one well-formed XHTML <c>div</c> element and nothing else.</summary>
    public static bool IsValidDiv(string xhtml)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(StrictUtf8.GetMaxByteCount(xhtml.Length));
        try
        {
            return XhtmlScanner.IsCertainlyWellFormed(utf8.AsSpan(0, StrictUtf8.GetBytes(xhtml, utf8))) || IsValidDivByXmlReader(xhtml);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private static bool IsValidDivByXmlReader(string xhtml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xhtml), Settings);
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
