using Interop.Engine;
using Interop.Engine.Sqlite;
using Interop.Functions.Alerts;
using Interop.Functions.Messaging;
using Interop.Functions.Simulators;

namespace Interop.Functions.Hosting;

/// <summary>Registers the engine in the host: the pipeline, the embedded SQLite store and queues, intake, alerts and the simulators.</summary>
internal static class EngineHostServiceCollectionExtensions
{
    /// <summary>The configuration section of the SQLite store.</summary>
    public const string SqliteSection = "Interop:Sqlite";

    /// <summary>Adds the engine with the SQLite backend, the receive function and the simulators (served only when enabled).</summary>
    public static IServiceCollection AddInteropEngineHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddInteropEngine(configuration);
        services.AddSqliteEngine(options => configuration.GetSection(SqliteSection).Bind(options));
        services.AddHealthChecks().AddCheck<ReadinessCheck>("message-store", tags: [ReadinessCheck.Tag]);
        services.AddSingleton<MessageIntake>();
        services.AddInteropAlerts();
        services.AddOptions<SimulatorOptions>().Bind(configuration.GetSection(SimulatorOptions.SectionName));
        services.AddSingleton<SimulatorInbox>();
        return services;
    }
}
