using Interop.Engine.Messages;
using Microsoft.Net.Http.Headers;

namespace Interop.Functions.Messaging;

/// <summary>The FHIR format of a request body, from its Content-Type (the FHIR media types, or plain JSON and XML).</summary>
internal static class RequestMediaType
{
    /// <summary>The body's FHIR media type; false when the Content-Type is missing or not a FHIR format.</summary>
    public static bool TryRead(HttpRequest request, out string mediaType)
    {
        mediaType = FhirVersions.JsonMediaType;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            return false;
        }

        switch (contentType.MediaType.Value?.ToLowerInvariant())
        {
            case "application/fhir+json" or "application/json":
                return true;
            case "application/fhir+xml" or "application/xml" or "text/xml":
                mediaType = FhirVersions.XmlMediaType;
                return true;
            default:
                return false;
        }
    }
}
