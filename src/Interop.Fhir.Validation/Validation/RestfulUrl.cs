using Interop.Fhir.Introspection;

namespace Interop.Fhir.Validation.Validation;

/// <summary>
/// A URL of FHIR's RESTful form <c>[base/]Type/id[/_history/version]</c>, as references and fullUrls use it: the type is a
/// resource type of the model and the id a valid FHIR id.
/// </summary>
/// <param name="Base">What precedes the type (<c>http://server/fhir</c>); null for a relative URL (<c>Patient/1</c>).</param>
/// <param name="Type">The resource type.</param>
/// <param name="Id">The resource id.</param>
/// <param name="Version">The version after <c>_history</c>, or null.</param>
internal sealed record RestfulUrl(string? Base, string Type, string Id, string? Version)
{
    /// <summary>Whether the URL is absolute over http or https (the only bases a server has).</summary>
    public bool IsAbsolute => Base is not null
        && (Base.StartsWith("http://", StringComparison.Ordinal) || Base.StartsWith("https://", StringComparison.Ordinal));

    /// <summary>The URL without its version: what a Bundle entry's fullUrl would be.</summary>
    public string Versionless => Base is null ? $"{Type}/{Id}" : $"{Base}/{Type}/{Id}";

    /// <summary>Reads <paramref name="url"/> as a RESTful URL; null when it is not one (<c>urn:uuid:...</c>, <c>#id</c>, a server base).</summary>
    public static RestfulUrl? Parse(string url, ModelInfo model)
    {
        var parts = url.Split('/');
        var end = parts.Length;
        string? version = null;
        if (end >= 4 && parts[end - 2] == "_history")
        {
            version = parts[end - 1];
            end -= 2;
        }

        if (end < 2 || model.FindResource(parts[end - 2]) is null || !IsId(parts[end - 1]))
        {
            return null;
        }

        return new RestfulUrl(end > 2 ? string.Join('/', parts[..(end - 2)]) : null, parts[end - 2], parts[end - 1], version);
    }

    // FHIR's id: 1 to 64 letters, digits, '-' and '.'.
    private static bool IsId(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.');
}
