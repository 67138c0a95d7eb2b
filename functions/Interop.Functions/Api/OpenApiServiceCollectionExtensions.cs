using Interop.Functions.Hosting;
using Microsoft.OpenApi;

namespace Interop.Functions.Api;

/// <summary>The OpenAPI document of the operator API, generated from the <c>/api</c> endpoints' metadata and served at <c>/openapi/v1.json</c>.</summary>
internal static class OpenApiServiceCollectionExtensions
{
    /// <summary>The document's name, which is also its path segment.</summary>
    public const string DocumentName = "v1";

    private const string BearerScheme = "bearer";

    /// <summary>Adds the document: only <c>/api</c> (the FHIR endpoints describe themselves in their CapabilityStatements), with the bearer scheme they require.</summary>
    public static IServiceCollection AddInteropOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Interop operator API",
                    Version = HostVersion.Current,
                    Description = "What the interface-team console uses: messages, their timelines and payloads, replays, dead letters, destinations, statistics, alerts and the audit log. Every call needs a bearer token of a client with the operator role.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = BearerScheme,
                    BearerFormat = "JWT",
                    Description = "A token of a client with the operator role (`interop token --client demo-operator` for the sample configuration).",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
                return Task.CompletedTask;
            });
        });
}
