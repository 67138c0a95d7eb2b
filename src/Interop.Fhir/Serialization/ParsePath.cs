using System.Text;

namespace Interop.Fhir.Serialization;

/// <summary>The location a parser is at, kept as a stack of segments and rendered only when an issue is reported.</summary>
internal sealed class ParsePath
{
    // A plain array stack: pushed and popped for every element parsed, so it does no more than it must.
    private (string Name, int Index)[] _segments = new (string, int)[16];
    private int _count;

    public void Push(string name, int index = -1)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _count * 2);
        }

        _segments[_count++] = (name, index);
    }

    public void Pop() => _count--;

    /// <summary>Renders the path FHIRPath style: <c>Patient.name[0].given[1]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, index) in _segments.AsSpan(0, _count))
        {
            if (text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(name);
            if (index >= 0)
            {
                text.Append('[').Append(index).Append(']');
            }
        }

        return text.ToString();
    }
}
