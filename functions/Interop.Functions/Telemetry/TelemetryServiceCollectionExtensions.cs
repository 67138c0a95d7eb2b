namespace Interop.Functions.Telemetry;

/// <summary>Registers the OTLP export of the host's traces (it does nothing unless an endpoint is configured).</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>Adds <see cref="TelemetryExport"/>, bound from <c>Interop:Telemetry</c>.</summary>
    public static IServiceCollection AddInteropTelemetry(this IServiceCollection services)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        services.AddHostedService<TelemetryExport>();
        return services;
    }
}
