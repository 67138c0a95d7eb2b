namespace Interop.Functions.Fhir;

/// <summary>The capabilities interaction of each FHIR base: <c>GET [base]/metadata</c>.</summary>
internal static class FhirMetadataEndpoints
{
    /// <summary>Maps <c>/fhir/R4/metadata</c> and <c>/fhir/STU3/metadata</c>.</summary>
    public static IEndpointRouteBuilder MapFhirMetadata(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(FhirPaths.R4 + "/metadata", static (HttpContext context, R4CapabilityStatementFactory factory, FhirResponder responder) =>
            responder.WriteResourceAsync(context, factory.Create()));
        endpoints.MapGet(FhirPaths.Stu3 + "/metadata", static (HttpContext context, Stu3CapabilityStatementFactory factory, FhirResponder responder) =>
            responder.WriteResourceAsync(context, factory.Create()));
        return endpoints;
    }
}
