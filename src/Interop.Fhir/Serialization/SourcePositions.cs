namespace Interop.Fhir.Serialization;

/// <summary>
/// Where each element of a parsed resource started in its text (1-based line and column), recorded when
/// <see cref="FhirParserOptions.TrackPositions"/> is set, so validation issues can point into the original message.
/// </summary>
public sealed class SourcePositions
{
    private readonly Dictionary<Base, (int Line, int Column)> _positions;

    internal SourcePositions(int capacity = 0) => _positions = new(capacity, ReferenceEqualityComparer.Instance);

    /// <summary>Where <paramref name="element"/> started; false when it was not parsed from this text.</summary>
    public bool TryGet(Base element, out int line, out int column)
    {
        if (_positions.TryGetValue(element, out var position))
        {
            (line, column) = position;
            return true;
        }

        (line, column) = (0, 0);
        return false;
    }

    /// <summary>Records where <paramref name="element"/> started.</summary>
    internal void Add(Base element, int line, int column) => _positions[element] = (line, column);

    /// <summary>Records where <paramref name="element"/> started unless a position is already known.</summary>
    internal void TryAdd(Base element, int line, int column) => _positions.TryAdd(element, (line, column));

    /// <summary>How many elements have a position.</summary>
    public int Count => _positions.Count;
}
