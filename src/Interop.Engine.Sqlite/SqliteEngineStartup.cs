using Interop.Engine.Sqlite.Database;
using Microsoft.Extensions.Hosting;

namespace Interop.Engine.Sqlite;

/// <summary>Opens and migrates the database when the host starts, so a bad path or a newer schema stops start-up rather than the first request.</summary>
internal sealed class SqliteEngineStartup(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        database.EnsureOpen();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
