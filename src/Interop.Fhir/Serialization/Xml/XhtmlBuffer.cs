using System.Text;
using System.Xml;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Turns narrative divs into the string form FHIR JSON carries, reusing one writer for every div of a document.</summary>
/// <remarks>Creating an XML writer per div dominated the cost of large bundles, which have a div in every entry.</remarks>
internal sealed class XhtmlBuffer : IDisposable
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        OmitXmlDeclaration = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        Indent = false,
    };

    private readonly StringBuilder _text = new();
    private readonly NameTable _names = new();
    private XmlWriter? _writer;

    /// <summary>Copies the div element the reader is on, leaving the reader on its last node.</summary>
    /// <param name="reader">A reader positioned on the div's start tag.</param>
    /// <param name="permitted">False when the div holds content FHIR narrative forbids.</param>
    public string Capture(XmlReader reader, out bool permitted)
    {
        _writer ??= XmlWriter.Create(_text, WriterSettings);
        permitted = XhtmlCopier.CopyElement(reader, _writer);
        _writer.Flush();
        var text = _text.ToString();
        _text.Clear();
        return text;
    }

    /// <summary>Re-writes a div string as well-formed XML with the XHTML namespace declared on the div.</summary>
    /// <exception cref="FormatException">The string is not one well-formed <c>div</c> element in the XHTML namespace.</exception>
    public string Normalize(string div)
    {
        var settings = new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreProcessingInstructions = true,
            NameTable = _names,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(div), settings);
            string? result = null;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when result is null && reader.LocalName == "div" && reader.NamespaceURI == XmlNamespaces.Xhtml:
                        result = Capture(reader, out _);
                        break;
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.Comment:
                        break;
                    default:
                        throw NotOneDiv();
                }
            }

            return result ?? throw NotOneDiv();
        }
        catch (XmlException e)
        {
            throw new FormatException("The narrative div is not well-formed XML.", e);
        }
    }

    public void Dispose() => _writer?.Dispose();

    private static FormatException NotOneDiv() => new("The narrative must be a single div element in the XHTML namespace.");
}
