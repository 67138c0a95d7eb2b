using Microsoft.OpenApi;

namespace Interop.Functions.Api;

/// <summary>
/// Documents the query parameters of endpoints that read their query string themselves (to answer a bad value with a
/// clear 400 rather than the framework's), so the OpenAPI document still lists them.
/// </summary>
internal static class OpenApiQueryParameters
{
    /// <summary>Adds each (name, description) as an optional string query parameter of the endpoint's operation.</summary>
    public static TBuilder WithQueryParameters<TBuilder>(this TBuilder builder, params (string Name, string Description)[] parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description) in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Description = description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            return Task.CompletedTask;
        });
}
