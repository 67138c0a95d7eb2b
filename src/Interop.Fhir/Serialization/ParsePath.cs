using System.Text;

namespace Interop.Fhir.Serialization;

/// <summary>The location a parser is at, kept as a stack of segments and rendered only when an issue is reported.</summary>
internal sealed class ParsePath
{
    private readonly List<(string Name, int Index)> _segments = new(32);

    public void Push(string name, int index = -1) => _segments.Add((name, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>Renders the path FHIRPath style: <c>Patient.name[0].given[1]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, index) in _segments)
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
