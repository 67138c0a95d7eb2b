namespace Interop.Fhir.Validation.Definitions;

/// <summary>
/// Gives elements without an id (STU3 definitions often have none) the id R4 would give them: the path with the slice
/// names of the slices the element sits in (<c>Patient.identifier:nhsNumber.system</c>). Elements come in definition
/// order, so the latest slice seen at a path is the one its following children belong to.
/// </summary>
internal sealed class ElementIds
{
    private readonly Dictionary<string, string> _idByPath = new(StringComparer.Ordinal);

    /// <summary>The id of the element at <paramref name="path"/>: <paramref name="given"/> when there is one, else built.</summary>
    public string Next(string path, string? sliceName, string? given)
    {
        var id = given ?? Build(path, sliceName);
        _idByPath[path] = id;
        return id;
    }

    private string Build(string path, string? sliceName)
    {
        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? "" : path[..dot];
        var parentId = dot < 0 ? "" : _idByPath.GetValueOrDefault(parent, parent) + ".";
        var id = parentId + path[(dot + 1)..];
        return sliceName is null ? id : $"{id}:{sliceName}";
    }
}
