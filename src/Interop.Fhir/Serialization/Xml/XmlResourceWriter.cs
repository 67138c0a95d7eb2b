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
internal sealed class XmlResourceWriter : IDisposable
{
    private readonly XmlWriter _writer;
    private readonly bool _indented;
    private readonly List<string> _pending = [];
    private int _open;
    private XhtmlBuffer? _divs;

    public XmlResourceWriter(XmlWriter writer, bool indented)
    {
        _writer = writer;
        _indented = indented;
    }

    public void Dispose() => _divs?.Dispose();

    public void WriteResource(Base resource)
    {
        var mapping = resource.ClassMapping;
        Flush();
        WriteStartElement(mapping.Name);
        WriteMembers(resource, mapping);
        WriteEndElement();
    }

    private void WriteMembers(Base instance, ClassMapping mapping)
    {
        // Deeply nested models fail with an exception rather than overflowing the stack.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var properties = mapping.PropertyArray;

        // Attributes go on the start tag wherever the definition places them (Extension.url follows extension).
        for (var i = 0; i < properties.Length; i++)
        {
            if (properties[i].Representation == XmlRepresentation.Attribute && properties[i].Get(instance) is string { Length: > 0 } text)
            {
                Flush();
                WriteAttribute(properties[i].Name, text);
            }
        }

        if (instance is IPrimitive { RawValue: { Length: > 0 } value })
        {
            Flush();
            WriteAttribute("value", value);
        }

        for (var i = 0; i < properties.Length; i++)
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
            WriteStartElement(property.Name);
            WriteResource(value);
            WriteEndElement();
            return;
        }

        if (property.Representation == XmlRepresentation.Xhtml)
        {
            WriteDiv(value);
            return;
        }

        var mapping = value.ClassMapping;
        var mark = _pending.Count;
        _pending.Add(property.WireName(mapping));
        WriteMembers(value, mapping);
        if (_pending.Count > mark)
        {
            _pending.RemoveAt(mark);
        }
        else
        {
            WriteEndElement();
        }
    }

    private void WriteDiv(Base value)
    {
        if (value is not IPrimitive { RawValue: { Length: > 0 } div })
        {
            return;
        }

        // Re-parsing proves the div well-formed; writing it raw keeps an indenting writer from changing its whitespace.
        _divs ??= new XhtmlBuffer();
        var normalized = _divs.Normalize(div);
        Flush();
        if (_indented)
        {
            // The writer cannot indent raw content; whitespace between FHIR elements carries no meaning.
            _writer.WriteRaw("\n" + new string(' ', 2 * _open));
            _writer.WriteRaw(normalized);
            _writer.WriteRaw("\n" + new string(' ', 2 * (_open - 1)));
        }
        else
        {
            _writer.WriteRaw(normalized);
        }
    }

    private void WriteAttribute(string name, string value)
    {
        try
        {
            _writer.WriteAttributeString(name, value);
        }
        catch (ArgumentException e)
        {
            // JSON can carry control characters and lone surrogates that XML 1.0 cannot hold at all.
            throw new FormatException($"The {name} attribute holds a character XML cannot represent.", e);
        }
    }

    /// <summary>Writes the start tags held back so far, outermost first.</summary>
    private void Flush()
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            WriteStartElement(_pending[i]);
        }

        _pending.Clear();
    }

    private void WriteStartElement(string name)
    {
        _writer.WriteStartElement(name, XmlNamespaces.Fhir);
        _open++;
    }

    private void WriteEndElement()
    {
        _writer.WriteEndElement();
        _open--;
    }
}
