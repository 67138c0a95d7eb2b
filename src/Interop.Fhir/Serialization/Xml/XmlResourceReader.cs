using System.Xml;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Reads one FHIR XML document into the model of one FHIR version, collecting every problem; used once.</summary>
internal sealed partial class XmlResourceReader
{
    private readonly ModelInfo _model;
    private readonly FhirParserOptions _options;
    private readonly List<ParseIssue> _issues = [];
    private readonly ParsePath _path = new();
    private readonly SourcePositions? _positions;

    // Names from the reader come atomised through this table, so namespaces and the value attribute compare by reference.
    private readonly NameTable _names = new();
    private readonly string _fhirNamespace;
    private readonly string _xhtmlNamespace;
    private readonly string _xmlnsNamespace;
    private readonly string _xsiNamespace;
    private readonly string _valueName;

    private XmlReader _reader = null!;
    private Base? _resource;
    private bool _stopped;
    private bool _encodingReported;
    private XhtmlBuffer? _divs;

    public XmlResourceReader(ModelInfo model, FhirParserOptions options)
    {
        _model = model;
        _options = options;
        _positions = options.TrackPositions ? new SourcePositions() : null;
        _fhirNamespace = _names.Add(XmlNamespaces.Fhir);
        _xhtmlNamespace = _names.Add(XmlNamespaces.Xhtml);
        _xmlnsNamespace = _names.Add(XmlNamespaces.Xmlns);
        _xsiNamespace = _names.Add(XmlNamespaces.Xsi);
        _valueName = _names.Add("value");
    }

    /// <summary>Reads a document from bytes; never throws for bad content.</summary>
    public ParseResult Read(Stream input)
    {
        var source = new PrologRecordingStream(input);
        return Read(settings => XmlReader.Create(source, settings), source);
    }

    /// <summary>Reads a document from text, whose encoding declaration (often <c>utf-16</c> from .NET writers) no longer applies.</summary>
    public ParseResult Read(string input) =>
        Read(settings => XmlReader.Create(new StringReader(input), settings), new TextProlog(input));

    private ParseResult Read(Func<XmlReaderSettings, XmlReader> open, IXmlProlog prolog)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
            NameTable = _names,
        };
        try
        {
            using var reader = open(settings);
            _reader = reader;
            ReadDocument(prolog);
        }
        catch (XmlException e)
        {
            if (prolog.HasDoctype)
            {
                AddIssue(ParseIssueCodes.XmlDtdProhibited, IssueSeverity.Fatal, IssueType.Security,
                    "The document has a DTD, which FHIR XML does not allow.", null, null, null);
            }
            else
            {
                AddIssue(ParseIssueCodes.XmlMalformed, IssueSeverity.Fatal, IssueType.Structure,
                    "The XML is not well-formed.", CurrentPath,
                    e.LineNumber > 0 ? e.LineNumber : null, e.LinePosition > 0 ? e.LinePosition : null);
            }
        }
        finally
        {
            _divs?.Dispose();
        }

        return new ParseResult(_resource, _issues, _positions);
    }

    private void ReadDocument(IXmlProlog prolog)
    {
        while (!_stopped && _reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    var encoding = _reader.GetAttribute("encoding");
                    if (!prolog.IsText && encoding is not null && !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
                    {
                        ReportNotUtf8();
                    }

                    break;
                case XmlNodeType.Element:
                    if (prolog.StartsWithNonUtf8ByteOrderMark)
                    {
                        ReportNotUtf8();
                    }

                    prolog.RootReached();
                    ReadRoot();
                    break;
            }
        }
    }

    private void ReadRoot()
    {
        if (!ReferenceEquals(_reader.NamespaceURI, _fhirNamespace))
        {
            Error(ParseIssueCodes.XmlWrongNamespace, IssueType.Structure, "The root element is not in the FHIR namespace.", null);
            _stopped = true;
            return;
        }

        var mapping = _model.FindResource(_reader.LocalName);
        if (mapping is null)
        {
            Error(ParseIssueCodes.XmlUnknownResourceType, IssueType.NotSupported,
                $"The root element {_reader.LocalName} is not a resource type of FHIR {_model.FhirVersion}.", null);
            _stopped = true;
            return;
        }

        _resource = mapping.CreateInstance();
        MarkStart(_resource);
        _path.Push(mapping.Name);
        ReadContent(_resource, mapping, mayBeEmpty: true);
        _path.Pop();
    }

    /// <summary>Records that <paramref name="element"/> starts at the start tag the reader is on.</summary>
    private void MarkStart(Base element)
    {
        if (_positions is not null && _reader is IXmlLineInfo position && position.HasLineInfo())
        {
            // The reader places an element at its name; the tag starts one column before, at the '<'.
            _positions.Add(element, position.LineNumber, position.LinePosition - 1);
        }
    }

    private void ReportNotUtf8()
    {
        if (!_encodingReported)
        {
            _encodingReported = true;
            Lenient(ParseIssueCodes.XmlNotUtf8, IssueType.Structure, "The document is not encoded in UTF-8, which FHIR requires.", null);
        }
    }
}
