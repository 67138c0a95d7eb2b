using Interop.Fhir;
using Interop.Fhir.Navigation;

namespace Interop.Engine.Receiving;

/// <summary>The resources of a message Bundle, with references resolved the way FHIR resolves them inside a Bundle.</summary>
internal sealed class MessageBundle
{
    private readonly Dictionary<string, Base> _byReference = new(StringComparer.Ordinal);

    public MessageBundle(Base bundle)
    {
        Bundle = bundle;
        foreach (var entry in bundle.Children("entry"))
        {
            if (entry.Child("resource") is not { } resource)
            {
                continue;
            }

            Resources.Add(resource);
            if (entry.Text("fullUrl") is { } fullUrl)
            {
                _byReference.TryAdd(fullUrl, resource);
            }

            if (resource.Text("id") is { } id)
            {
                _byReference.TryAdd($"{resource.TypeName()}/{id}", resource);
            }
        }
    }

    public Base Bundle { get; }

    /// <summary>The entries' resources in order.</summary>
    public List<Base> Resources { get; } = [];

    /// <summary>The resource a Reference element points at inside the Bundle, or null.</summary>
    public Base? Resolve(Base? reference) =>
        reference.Text("reference") is { } target && _byReference.TryGetValue(target, out var resource) ? resource : null;

    /// <summary>Every resource in the Bundle and in Bundles nested in it (an ITK message carries its document as one).</summary>
    public IEnumerable<Base> Deep() => Deep(Bundle);

    private static IEnumerable<Base> Deep(Base bundle)
    {
        foreach (var resource in bundle.Children("entry").Select(e => e.Child("resource")).OfType<Base>())
        {
            yield return resource;
            if (resource.TypeName() == "Bundle")
            {
                foreach (var nested in Deep(resource))
                {
                    yield return nested;
                }
            }
        }
    }
}
