using System.Collections;
using System.Runtime.CompilerServices;
using System.Xml;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Writes the model as FHIR XML: attributes first, then elements in definition order.</summary>
/// <remarks>
/// An element's start tag is held back until it has an attribute or child to write, so an element with nothing
/// in it (which the parser would refuse) is never written.
/// </remarks>
internal sealed class XmlResourceWriter
{
    private readonly XmlWriter _writer;
    private readonly List<string> _pending = [];

    public XmlResourceWriter(XmlWriter writer) => _writer = writer;

    public void WriteResource(Base resource)
    {
        var mapping = resource.ClassMapping;
        Flush();
        _writer.WriteStartElement(mapping.Name, XmlNamespaces.Fhir);
        WriteMembers(resource, mapping);
        _writer.WriteEndElement();
    }

    private void WriteMembers(Base instance, ClassMapping mapping)
    {
        // Deeply nested models fail with an exception rather than overflowing the stack.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var properties = mapping.Properties;

        // Attributes go on the start tag wherever the definition places them (Extension.url follows extension).
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Representation == XmlRepresentation.Attribute && properties[i].Get(instance) is string { Length: > 0 } text)
            {
                Flush();
                _writer.WriteAttributeString(properties[i].Name, text);
            }
        }

        if (instance is IPrimitive { RawValue: { Length: > 0 } value })
        {
            Flush();
            _writer.WriteAttributeString("value", value);
        }

        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (property.Representation == XmlRepresentation.Attribute)
            {
                continue;
            }

            switch (property.Get(instance))
            {
                case IList list:
                    for (var j = 0; j < list.Count; j++)
                    {
                        if (list[j] is Base item)
                        {
                            WriteElement(property, item);
                        }
                    }

                    break;
                case Base item:
                    WriteElement(property, item);
                    break;
            }
        }
    }

    private void WriteElement(PropertyMapping property, Base value)
    {
        if (property.IsResourceContainer)
        {
            Flush();
            _writer.WriteStartElement(property.Name, XmlNamespaces.Fhir);
            WriteResource(value);
            _writer.WriteEndElement();
            return;
        }

        if (XhtmlProperty.Is(property))
        {
            WriteDiv(value);
            return;
        }

        var mapping = value.ClassMapping;
        var mark = _pending.Count;
        _pending.Add(property.IsChoice ? ChoiceNames.Get(property, mapping) : property.Name);
        WriteMembers(value, mapping);
        if (_pending.Count > mark)
        {
            _pending.RemoveAt(mark);
        }
        else
        {
            _writer.WriteEndElement();
        }
    }

    private void WriteDiv(Base value)
    {
        if (value is not IPrimitive { RawValue: { Length: > 0 } div })
        {
            return;
        }

        // Re-parsing proves the div well-formed; writing it raw keeps an indenting writer from changing its whitespace.
        var normalized = XhtmlCopier.Normalize(div);
        Flush();
        _writer.WriteRaw(normalized);
    }

    /// <summary>Writes the start tags held back so far, outermost first.</summary>
    private void Flush()
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            _writer.WriteStartElement(_pending[i], XmlNamespaces.Fhir);
        }

        _pending.Clear();
    }
}
