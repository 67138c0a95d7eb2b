using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Interop.Functions.Metrics;
using Interop.Functions.Limits;
using Interop.Functions.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Hosting;

/// <summary>Registers what the host needs to serve FHIR: options, clock, serializers, responders and health checks.</summary>
internal static class InteropHostServiceCollectionExtensions
{
    /// <summary>Adds the host's services; the options are validated when the host starts.</summary>
    public static IServiceCollection AddInteropHost(this IServiceCollection services)
    {
        services.AddOptions<InteropHostOptions>()
            .BindConfiguration(InteropHostOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<InteropHostOptions>, InteropHostOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new FhirJsonSerializer());
        services.AddSingleton(new FhirXmlSerializer());
        services.AddSingleton<FhirResponder>();
        services.AddSingleton<R4CapabilityStatementFactory>();
        services.AddSingleton<Stu3CapabilityStatementFactory>();

        services.AddFhirErrorHandling();
        services.AddInteropLimits();
        services.AddInteropSecurity();
        services.AddHealthChecks();
        services.AddSingleton<PrometheusCollector>();
        return services;
    }
}
