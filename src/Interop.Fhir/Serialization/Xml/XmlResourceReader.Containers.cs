using System.Xml;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>The two elements that are not FHIR datatypes: resource containers and the XHTML narrative.</summary>
internal sealed partial class XmlResourceReader
{
    /// <summary>Reads <c>&lt;contained&gt;</c> or <c>&lt;resource&gt;</c>, which wrap exactly one resource element.</summary>
    private void ReadContainer(Base parent, PropertyMapping property)
    {
        if (_reader.MoveToFirstAttribute())
        {
            do
            {
                if (!ReferenceEquals(_reader.NamespaceURI, _xmlnsNamespace))
                {
                    UnknownAttribute(_reader.LocalName);
                }
            }
            while (_reader.MoveToNextAttribute());

            _reader.MoveToElement();
        }

        var seen = false;
        var read = false;
        if (!_reader.IsEmptyElement)
        {
            while (!_stopped && MoveToNextChild())
            {
                if (CheckDepth())
                {
                    read |= ReadContainedResource(parent, property, read);
                    seen = true;
                }
            }
        }

        if (!seen && !_stopped)
        {
            Error(ParseIssueCodes.XmlEmptyValue, IssueType.Value, "The element holds no resource.", CurrentPath);
        }
    }

    private bool ReadContainedResource(Base parent, PropertyMapping property, bool alreadyRead)
    {
        var name = _reader.LocalName;
        if (!ReferenceEquals(_reader.NamespaceURI, _fhirNamespace))
        {
            WrongNamespace(name);
            Skip();
            return false;
        }

        if (alreadyRead)
        {
            Error(ParseIssueCodes.XmlCardinality, IssueType.Structure, "The element holds more than one resource; the others were skipped.", CurrentPath);
            Skip();
            return false;
        }

        var mapping = _model.FindResource(name);
        if (mapping is null || !mapping.IsA(property.Types[0]))
        {
            Error(ParseIssueCodes.XmlUnknownResourceType, IssueType.NotSupported,
                $"{name} is not a resource type of FHIR {_model.FhirVersion}.", CurrentPath);
            Skip();
            return false;
        }

        var resource = mapping.CreateInstance();
        MarkStart(resource);
        Attach(parent, property, resource);
        ReadContent(resource, mapping, mayBeEmpty: true);
        return true;
    }

    /// <summary>Keeps the div as the string FHIR JSON carries, with the XHTML namespace declared on it.</summary>
    private void ReadDiv(Base parent, PropertyMapping property)
    {
        var position = (IXmlLineInfo)_reader;
        long? line = position.HasLineInfo() ? position.LineNumber : null;
        long? column = position.HasLineInfo() ? position.LinePosition : null;

        var div = property.Types[0].CreateInstance();
        MarkStart(div);
        _divs ??= new XhtmlBuffer();
        var text = _divs.Capture(_reader, out var permitted);
        if (!permitted)
        {
            AddIssue(ParseIssueCodes.XmlInvalidXhtml, IssueSeverity.Error, IssueType.Security,
                "The narrative holds elements or attributes FHIR does not allow (scripts, forms, event handlers, frames).", CurrentPath, line, column);
        }

        ((IPrimitive)div).RawValue = text;
        Attach(parent, property, div);
    }
}
