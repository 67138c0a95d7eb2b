using Interop.Fhir.Introspection;
using Interop.Fhir.Navigation;

namespace Interop.Fhir.Validation.Validation;

/// <summary>
/// Where an extension is used: the element holding it, named every way an extension context of type <c>element</c> can
/// name it (its type and the types it derives from, and its path from its resource or from any datatype or backbone
/// element it sits in: <c>Patient.name.family</c> is also <c>HumanName.family</c>), and the extension it is inside.
/// </summary>
internal sealed class ExtensionPlacement
{
    private static readonly string[] Anywhere = ["Element", "Base", "*"];

    private static readonly string[] CanonicalElements = ["url", "version", "status"];

    private readonly HashSet<string> _names;

    private ExtensionPlacement(Base host, Base resource, HashSet<string> names, string? enclosingExtension)
    {
        Host = host;
        Resource = resource;
        _names = names;
        EnclosingExtension = enclosingExtension;
    }

    /// <summary>The element the extension is on.</summary>
    public Base Host { get; }

    /// <summary>The resource the host is in (the host itself when it is a resource).</summary>
    public Base Resource { get; }

    /// <summary>The url of the nearest extension the host is, or is inside (the host may be that extension's value).</summary>
    public string? EnclosingExtension { get; }

    /// <summary>How the host is named, sorted, for messages.</summary>
    public IEnumerable<string> Names => _names.Order(StringComparer.Ordinal);

    /// <summary>Where <paramref name="extension"/> sits; null when nothing holds it (it is the element validated).</summary>
    public static ExtensionPlacement? Of(Base extension, InstanceParents parents)
    {
        if (!parents.TryGetParent(extension, out var host, out _))
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        AddTypeNames(names, host.ClassMapping, "");
        string? enclosingExtension = host.ClassMapping.Name == "Extension" ? host.Text("url") : null;
        var path = "";
        var current = host;
        while (current.ClassMapping.Kind != ClassKind.Resource && parents.TryGetParent(current, out var parent, out var property))
        {
            path = $".{property.Name}{(property.IsChoice ? "[x]" : "")}{path}";
            current = parent;
            AddTypeNames(names, current.ClassMapping, path);
            if (enclosingExtension is null && current.ClassMapping.Name == "Extension")
            {
                enclosingExtension = current.Text("url");
            }
        }

        return new ExtensionPlacement(host, current, names, enclosingExtension);
    }

    /// <summary>
    /// Whether an <c>element</c> context allows the host: the expression is an element id (of the base specification, or
    /// after a profile's <c>url#</c>), a type, or <c>Element</c> for anywhere. Slice names in the id are not told apart.
    /// </summary>
    public bool IsElement(string expression)
    {
        var id = expression[(expression.IndexOf('#') + 1)..];
        var path = string.Join('.', id.Split('.').Select(part => part.Split(':')[0]));
        return Anywhere.Contains(path) || _names.Contains(path);
    }

    // `Patient` is also `DomainResource` and `Resource`; a path below it holds for each of them (`DomainResource.text`).
    private static void AddTypeNames(HashSet<string> names, ClassMapping type, string path)
    {
        for (var t = type; t is not null; t = t.BaseMapping)
        {
            names.Add(t.Name + path);
        }

        // Extensions written for later versions (the extensions pack) name R5's interfaces, which R4 resources have no
        // base for: a resource with a canonical url, version and status is what R5 calls a canonical (metadata) resource.
        if (type.Kind == ClassKind.Resource && CanonicalElements.All(name => type.FindProperty(name) is not null))
        {
            names.Add("CanonicalResource" + path);
            names.Add("MetadataResource" + path);
        }
    }
}
