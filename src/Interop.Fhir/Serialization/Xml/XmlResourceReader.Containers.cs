using System.Text;
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
            Error(ParseIssueCodes.XmlEmptyValue, IssueType.Value, "The element holds no resource.", _path.Current);
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
            Error(ParseIssueCodes.XmlCardinality, IssueType.Structure, "The element holds more than one resource; the others were skipped.", _path.Current);
            Skip();
            return false;
        }

        var mapping = _model.FindResource(name);
        if (mapping is null || !mapping.IsA(property.Types[0]))
        {
            Error(ParseIssueCodes.XmlUnknownResourceType, IssueType.NotSupported,
                $"{name} is not a resource type of FHIR {_model.FhirVersion}.", _path.Current);
            Skip();
            return false;
        }

        var resource = mapping.CreateInstance();
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

        _divText ??= new StringBuilder();
        _divText.Clear();
        bool permitted;
        using (var writer = XmlWriter.Create(_divText, XhtmlCopier.FragmentWriterSettings))
        {
            permitted = XhtmlCopier.CopyElement(_reader, writer);
        }

        if (!permitted)
        {
            AddIssue(ParseIssueCodes.XmlInvalidXhtml, IssueSeverity.Error, IssueType.Security,
                "The narrative holds elements or attributes FHIR does not allow (scripts, forms, event handlers, frames).", _path.Current, line, column);
        }

        var div = property.Types[0].CreateInstance();
        ((IPrimitive)div).RawValue = _divText.ToString();
        Attach(parent, property, div);
    }
}
