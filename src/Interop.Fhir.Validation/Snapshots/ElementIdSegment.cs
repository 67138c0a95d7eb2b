namespace Interop.Fhir.Validation.Snapshots;

/// <summary>One step of an element id: an element name and the slice of it the id goes through, if any.</summary>
/// <param name="Name">The element name (<c>identifier</c>, <c>value[x]</c>, <c>valueQuantity</c>).</param>
/// <param name="SliceName">The slice (<c>nhsNumber</c>), or null.</param>
internal readonly record struct ElementIdSegment(string Name, string? SliceName)
{
    /// <summary>
    /// The steps of <paramref name="id"/> (<c>Patient.identifier:nhsNumber.system</c>), guided by the names of
    /// <paramref name="path"/> because slice names may contain dots; null when the id does not follow the path.
    /// </summary>
    public static ElementIdSegment[]? Parse(string id, string path)
    {
        var names = path.Split('.');
        var segments = new ElementIdSegment[names.Length];
        var position = 0;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.CompareOrdinal(id, position, names[i], 0, names[i].Length) != 0)
            {
                return null;
            }

            position += names[i].Length;
            string? sliceName = null;
            if (position < id.Length && id[position] == ':')
            {
                var end = i + 1 < names.Length ? NextStep(id, position + 1, names[i + 1]) : id.Length;
                if (end < 0)
                {
                    return null;
                }

                sliceName = id[(position + 1)..end];
                position = end;
            }

            if (i + 1 < names.Length)
            {
                if (position >= id.Length || id[position] != '.')
                {
                    return null;
                }

                position++;
            }

            segments[i] = new ElementIdSegment(names[i], sliceName);
        }

        return position == id.Length ? segments : null;
    }

    // Where the slice name ends: at the first '.' followed by the next element name and then '.', ':' or the end.
    private static int NextStep(string id, int from, string nextName)
    {
        for (var dot = id.IndexOf('.', from); dot >= 0; dot = id.IndexOf('.', dot + 1))
        {
            var after = dot + 1 + nextName.Length;
            if (string.CompareOrdinal(id, dot + 1, nextName, 0, nextName.Length) == 0
                && (after == id.Length || id[after] is '.' or ':'))
            {
                return dot;
            }
        }

        return -1;
    }
}
