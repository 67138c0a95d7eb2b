using Microsoft.Net.Http.Headers;

namespace Interop.Functions.Fhir;

/// <summary>Picks the response format the FHIR way: the <c>_format</c> query parameter first, then <c>Accept</c>, else JSON.</summary>
internal static class FhirFormatNegotiator
{
    /// <summary>The query parameter that overrides the Accept header.</summary>
    public const string FormatParameter = "_format";

    /// <summary>Finds the format the client asked for; false when it asked only for formats the host cannot write.</summary>
    public static bool TryNegotiate(HttpRequest request, out FhirFormat format)
    {
        var requested = request.Query[FormatParameter].ToString();
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return TryParseFormatParameter(requested, out format);
        }

        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
        {
            format = FhirFormat.Json;
            return true;
        }

        // OrderByDescending is stable, so equal qualities keep the client's order.
        foreach (var mediaType in accepted.Where(m => m.Quality is not 0).OrderByDescending(m => m.Quality ?? 1))
        {
            if (TryMapMediaType(mediaType.MediaType.Value, out format))
            {
                return true;
            }
        }

        format = FhirFormat.Json;
        return false;
    }

    private static bool TryParseFormatParameter(string value, out FhirFormat format)
    {
        // An unencoded '+' in a query string arrives as a space: "application/fhir json".
        var text = value.Trim().Replace(' ', '+');
        if (text.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            format = FhirFormat.Json;
            return true;
        }

        if (text.Equals("xml", StringComparison.OrdinalIgnoreCase))
        {
            format = FhirFormat.Xml;
            return true;
        }

        format = FhirFormat.Json;
        return MediaTypeHeaderValue.TryParse(text, out var mediaType)
            && !mediaType.MatchesAllTypes
            && !mediaType.MatchesAllSubTypes
            && TryMapMediaType(mediaType.MediaType.Value, out format);
    }

    private static bool TryMapMediaType(string? mediaType, out FhirFormat format)
    {
        switch (mediaType?.ToLowerInvariant())
        {
            case "application/fhir+json" or "application/json" or "application/*" or "*/*":
                format = FhirFormat.Json;
                return true;
            case "application/fhir+xml" or "application/xml" or "text/xml" or "text/*":
                format = FhirFormat.Xml;
                return true;
            default:
                format = FhirFormat.Json;
                return false;
        }
    }
}
