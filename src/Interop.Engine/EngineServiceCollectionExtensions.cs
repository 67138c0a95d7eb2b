using Interop.Engine.Acknowledgements;
using Interop.Engine.Delivery;
using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Patients;
using Interop.Engine.Pipeline;
using Interop.Engine.Receiving;
using Interop.Engine.Replay;
using Interop.Engine.Routing;
using Interop.Engine.Telemetry;
using Interop.Engine.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Interop.Engine;

/// <summary>Registers the engine: receive, validate, route, deliver and acknowledge steps, replay, and the queue workers that run them.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>Adds the engine; a store and queue (e.g. <c>AddSqliteEngine</c>) must be added too. Options are validated at start.</summary>
    public static IServiceCollection AddInteropEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ReceiveOptions>().Bind(configuration.GetSection(ReceiveOptions.SectionName))
            .Validate(o => o.MaxBundleEntries > 0 && o.MaxDepth > 0, "Interop:Receive limits must be positive.").ValidateOnStart();
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.SectionName))
            .Validate(o => o.Concurrency > 0 && o.ValidateConcurrency > 0 && o.MaxDequeueCount > 0 && o.VisibilityTimeout > TimeSpan.Zero, "Interop:Pipeline values must be positive.")
            .ValidateOnStart();
        services.AddOptions<RoutingOptions>().Bind(configuration.GetSection(RoutingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddOptions<ValidationOptions>().Bind(configuration.GetSection(ValidationOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ValidationOptions>, ValidationOptionsValidator>();
        services.AddOptions<PatientDirectoryOptions>().Bind(configuration.GetSection(PatientDirectoryOptions.SectionName))
            .Validate(o => o.BaseUrl is { IsAbsoluteUri: true }, "Interop:PatientDirectory:BaseUrl must be an absolute URL.").ValidateOnStart();

        services.AddDestinations(configuration);
        services.AddDelivery();
        services.AddHttpClient<IPatientDirectory, HttpPatientDirectory>(HttpPatientDirectory.HttpClientName);

        services.AddMetrics();
        services.TryAddSingleton<EngineMetrics>();
        services.AddSingleton<RoutingTableProvider>();
        services.AddSingleton<Router>();
        services.AddSingleton<MessageReceiver>();
        services.AddSingleton<ParsedPayloads>();
        services.AddSingleton<DeliveryOutputs>();
        services.AddSingleton<ReplayService>();
        services.AddSingleton<MapPreview>();
        services.AddSingleton<ItkResponseBuilder>();
        services.AddSingleton<MessageValidators>();
        services.AddSingleton<IJobHandler, ValidateStep>();
        services.AddSingleton<IJobHandler, RouteStep>();
        services.AddSingleton<IJobHandler, DeliverStep>();
        services.AddSingleton<IJobHandler, AcknowledgeStep>();
        services.AddHostedService<QueueWorker>();
        return services;
    }
}
