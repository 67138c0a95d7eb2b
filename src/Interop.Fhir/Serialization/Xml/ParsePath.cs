using System.Globalization;
using System.Text;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>The FHIRPath-like location of the element being read (<c>Patient.name[0].given[1]</c>), built into text only for issues.</summary>
internal sealed class ParsePath
{
    private (string Name, int Index)[] _segments = new (string, int)[32];
    private int _count;

    /// <summary>Enters an element; <paramref name="index"/> is its position in a repeating element, or -1.</summary>
    public void Push(string name, int index)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _count * 2);
        }

        _segments[_count++] = (name, index);
    }

    /// <summary>Leaves the current element.</summary>
    public void Pop() => _count--;

    /// <summary>The path, or null before the root element.</summary>
    public string? Current => _count == 0 ? null : Format(null);

    /// <summary>The path of a child that was not entered (an unknown element or attribute).</summary>
    public string Child(string name) => Format(name);

    private string Format(string? child)
    {
        var text = new StringBuilder();
        for (var i = 0; i < _count; i++)
        {
            if (i > 0)
            {
                text.Append('.');
            }

            text.Append(_segments[i].Name);
            if (_segments[i].Index >= 0)
            {
                text.Append('[').Append(_segments[i].Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        if (child is not null)
        {
            text.Append(_count == 0 ? string.Empty : ".").Append(child);
        }

        return text.ToString();
    }
}
