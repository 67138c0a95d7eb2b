using System.Collections;
using System.Runtime.CompilerServices;
using System.Xml;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Elements and attributes: each read method starts on a start tag and leaves the reader on that element's last node.</summary>
internal sealed partial class XmlResourceReader
{
    /// <summary>Reads the attributes and children of <paramref name="instance"/>; false when it turned out empty.</summary>
    private bool ReadContent(Base instance, ClassMapping mapping, bool mayBeEmpty)
    {
        var content = ReadAttributes(instance, mapping, out var emptyReported);
        if (!_reader.IsEmptyElement)
        {
            var order = -1;
            while (!_stopped && MoveToNextChild())
            {
                content = true;
                ReadChild(instance, mapping, ref order);
            }
        }

        if (!content && !mayBeEmpty && !emptyReported && !_stopped)
        {
            Error(ParseIssueCodes.XmlEmptyValue, IssueType.Value, "The element has no value, attributes or children.", CurrentPath);
        }

        return content;
    }

    private bool ReadAttributes(Base instance, ClassMapping mapping, out bool emptyReported)
    {
        emptyReported = false;
        var content = false;
        if (!_reader.MoveToFirstAttribute())
        {
            return false;
        }

        do
        {
            var name = _reader.LocalName;
            if (_reader.NamespaceURI.Length != 0)
            {
                if (!ReferenceEquals(_reader.NamespaceURI, _xmlnsNamespace) && !ReferenceEquals(_reader.NamespaceURI, _xsiNamespace))
                {
                    UnknownAttribute(name);
                }
            }
            else if (ReferenceEquals(name, _valueName) && instance is IPrimitive primitive)
            {
                var value = _reader.Value;
                if (value.Length == 0)
                {
                    EmptyAttribute(name);
                    emptyReported = true;
                    continue;
                }

                if (!mapping.IsValidValue(value))
                {
                    // Kept all the same: the caller decides, and a round trip must not lose data.
                    Error(ParseIssueCodes.XmlInvalidPrimitive, IssueType.Value, $"The value is not a valid {mapping.Name}.", CurrentPath);
                }

                primitive.RawValue = value;
                content = true;
            }
            else if (mapping.TryGetProperty(name, out var property, out _) && property.Representation == XmlRepresentation.Attribute)
            {
                var value = _reader.Value;
                if (value.Length == 0)
                {
                    EmptyAttribute(name);
                    emptyReported = true;
                    continue;
                }

                property.Set(instance, value);
                content = true;
            }
            else
            {
                UnknownAttribute(name);
            }
        }
        while (_reader.MoveToNextAttribute());

        _reader.MoveToElement();
        return content;
    }

    private void ReadChild(Base instance, ClassMapping mapping, ref int order)
    {
        if (!CheckDepth())
        {
            return;
        }

        var name = _reader.LocalName;
        var ns = _reader.NamespaceURI;
        if (!mapping.TryGetProperty(name, out var property, out var choiceType) || property.Representation == XmlRepresentation.Attribute)
        {
            if (ReferenceEquals(ns, _fhirNamespace))
            {
                Lenient(ParseIssueCodes.XmlUnknownElement, IssueType.NotSupported, $"{name} is not an element of {mapping.Name}.", ChildPath(name));
            }
            else
            {
                WrongNamespace(name);
            }

            Skip();
            return;
        }

        var isXhtml = property.Representation == XmlRepresentation.Xhtml;
        if (!ReferenceEquals(ns, isXhtml ? _xhtmlNamespace : _fhirNamespace))
        {
            WrongNamespace(name);
            Skip();
            return;
        }

        if (property.Index < order)
        {
            Lenient(ParseIssueCodes.XmlOutOfOrder, IssueType.Structure, $"{name} is out of the order {mapping.Name} defines.", ChildPath(property.Name));
        }

        order = property.Index;

        var index = -1;
        if (property.IsCollection)
        {
            index = (property.Get(instance) as IList)?.Count ?? 0;
        }
        else if (property.Get(instance) is not null)
        {
            Error(ParseIssueCodes.XmlCardinality, IssueType.Structure, $"{name} does not repeat; the repetition was skipped.", ChildPath(property.Name));
            Skip();
            return;
        }

        _path.Push(property.Name, index);
        if (property.IsResourceContainer)
        {
            ReadContainer(instance, property);
        }
        else if (isXhtml)
        {
            ReadDiv(instance, property);
        }
        else
        {
            var type = choiceType ?? property.Types[0];
            var child = type.CreateInstance();
            MarkStart(child);
            Attach(instance, property, child);
            if (!ReadContent(child, type, mayBeEmpty: false))
            {
                Detach(instance, property);
            }
        }

        _path.Pop();
    }

    /// <summary>Moves to the next child element of the current element; false at its end tag.</summary>
    private bool MoveToNextChild()
    {
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    return false;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    Error(ParseIssueCodes.XmlUnexpectedText, IssueType.Structure, "Text content where FHIR allows none.", CurrentPath);
                    break;
            }
        }

        return false;
    }

    /// <summary>Stops at the depth limit, and before the stack runs out whatever the limit.</summary>
    private bool CheckDepth()
    {
        if (_reader.Depth <= _options.MaxDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return true;
        }

        Fatal(ParseIssueCodes.XmlTooDeep, IssueType.TooCostly, $"Elements are nested deeper than the limit of {_options.MaxDepth}.");
        return false;
    }

    /// <summary>Skips the current element and its subtree, without recursion.</summary>
    private void Skip()
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var depth = _reader.Depth;
        while (_reader.Read() && _reader.Depth > depth)
        {
        }
    }

    private static void Attach(Base parent, PropertyMapping property, Base child)
    {
        if (property.IsCollection)
        {
            property.GetOrCreateList!(parent).Add(child);
        }
        else
        {
            property.Set(parent, child);
        }
    }

    private static void Detach(Base parent, PropertyMapping property)
    {
        if (property.IsCollection)
        {
            var list = property.GetOrCreateList!(parent);
            list.RemoveAt(list.Count - 1);
        }
        else
        {
            property.Set(parent, null);
        }
    }

    private void UnknownAttribute(string name) =>
        Lenient(ParseIssueCodes.XmlUnknownAttribute, IssueType.NotSupported, $"The attribute {name} is not defined here.", CurrentPath);

    private void EmptyAttribute(string name) =>
        Error(ParseIssueCodes.XmlEmptyValue, IssueType.Value, $"The attribute {name} is empty.", CurrentPath);

    private void WrongNamespace(string name) =>
        Error(ParseIssueCodes.XmlWrongNamespace, IssueType.Structure, $"{name} is not in the namespace FHIR defines for it.", ChildPath(name));
}
