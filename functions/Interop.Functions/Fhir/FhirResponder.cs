using Interop.Fhir;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Functions.Errors;

namespace Interop.Functions.Fhir;

/// <summary>Writes FHIR resources and host issues in the format the client negotiated.</summary>
internal sealed class FhirResponder(FhirJsonSerializer json, FhirXmlSerializer xml)
{
    /// <summary>The Content-Type of JSON responses.</summary>
    public const string JsonContentType = "application/fhir+json; charset=utf-8";

    /// <summary>The Content-Type of XML responses.</summary>
    public const string XmlContentType = "application/fhir+xml; charset=utf-8";

    /// <summary>Writes a resource with <paramref name="statusCode"/>, or a HOST406 outcome when the client accepts no format the host writes.</summary>
    public Task WriteResourceAsync(HttpContext context, Base resource, int statusCode = StatusCodes.Status200OK) =>
        FhirFormatNegotiator.TryNegotiate(context.Request, out var format)
            ? WriteAsync(context, resource, statusCode, format)
            : WriteIssueAsync(context, HostIssue.NotAcceptable);

    /// <summary>Writes an outcome with <paramref name="statusCode"/> even when the client accepts no FHIR format (it then gets JSON).</summary>
    public Task WriteOutcomeAsync(HttpContext context, Base outcome, int statusCode)
    {
        var format = FhirFormatNegotiator.TryNegotiate(context.Request, out var negotiated) ? negotiated : FhirFormat.Json;
        return WriteAsync(context, outcome, statusCode, format);
    }

    /// <summary>Writes a host issue as an OperationOutcome in the request's FHIR version, with the issue's status.</summary>
    public Task WriteIssueAsync(HttpContext context, HostIssue issue) =>
        // The error must reach the client even when it asked only for formats the host cannot write.
        WriteOutcomeAsync(context, OperationOutcomeFactory.Create(FhirPaths.ReleaseOf(context.Request.Path), issue, context.TraceIdentifier), issue.StatusCode);

    private async Task WriteAsync(HttpContext context, Base resource, int statusCode, FhirFormat format)
    {
        var body = format == FhirFormat.Xml ? xml.SerializeToUtf8Bytes(resource) : json.SerializeToUtf8Bytes(resource);
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = format == FhirFormat.Xml ? XmlContentType : JsonContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
