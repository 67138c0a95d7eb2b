using Interop.Engine.Audit;
using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Audit;
using Interop.Engine.Sqlite.Database;
using Interop.Engine.Sqlite.Queues;
using Interop.Engine.Sqlite.Statistics;
using Interop.Engine.Sqlite.Storage;
using Interop.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Sqlite;

/// <summary>Registers the embedded SQLite message store, queues and audit log.</summary>
public static class SqliteEngineServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IMessageStore"/>, <see cref="IMessageStatistics"/>, <see cref="IMessageQueue"/> and <see cref="IAuditLog"/> over one SQLite database, created or migrated at start.</summary>
    public static IServiceCollection AddSqliteEngine(this IServiceCollection services, Action<SqliteEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<SqliteEngineOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteEngineOptions>, SqliteEngineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<IMessageStore, SqliteMessageStore>();
        services.TryAddSingleton<IMessageStatistics, SqliteMessageStatistics>();
        services.TryAddSingleton<IMessageQueue, SqliteMessageQueue>();
        services.TryAddSingleton<IAuditLog, SqliteAuditLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SqliteEngineStartup>());
        return services;
    }
}
