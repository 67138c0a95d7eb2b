using System.Collections;
using Interop.Fhir.Navigation;

namespace Interop.Fhir.Tests.Serialization;

/// <summary>Finds elements of a parsed resource by a short path (<c>name[1].given[0]</c>), and lists them all.</summary>
internal static class ElementPaths
{
    public static Base Find(Base root, string path)
    {
        var element = root;
        foreach (var step in path.Split('.'))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var (name, index) = bracket < 0 ? (step, 0) : (step[..bracket], int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
            element = element.Children(name).ElementAt(index);
        }

        return element;
    }

    /// <summary>The root and every element under it.</summary>
    public static IEnumerable<Base> All(Base root)
    {
        yield return root;
        foreach (var property in root.ClassMapping.Properties)
        {
            var children = property.Get(root) switch
            {
                IList list => list.Cast<Base>(),
                Base single => [single],
                _ => [],
            };
            foreach (var descendant in children.SelectMany(All))
            {
                yield return descendant;
            }
        }
    }
}
