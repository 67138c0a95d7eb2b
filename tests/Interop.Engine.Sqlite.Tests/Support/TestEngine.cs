using Interop.Engine.Audit;
using Interop.Engine.Queues;
using Interop.Engine.Sqlite.Database;
using Interop.Engine.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Engine.Sqlite.Tests.Support;

/// <summary>A real database file in a unique temp folder, opened through <c>AddSqliteEngine</c>; the folder goes on dispose.</summary>
internal sealed class TestEngine : IDisposable
{
    private readonly string _folder;
    private ServiceProvider? _services;

    public TestEngine()
    {
        _folder = Path.Combine(Path.GetTempPath(), "store-" + Guid.NewGuid().ToString("N"));
        Open();
    }

    public FakeClock Clock { get; } = new();

    public string DatabasePath => Path.Combine(_folder, "data", "interop.db");

    public IMessageStore Store => Services.GetRequiredService<IMessageStore>();

    public IMessageStatistics Statistics => Services.GetRequiredService<IMessageStatistics>();

    public IMessageQueue Queue => Services.GetRequiredService<IMessageQueue>();

    public IAuditLog Audit => Services.GetRequiredService<IAuditLog>();

    public SqliteDatabase Database => Services.GetRequiredService<SqliteDatabase>();

    private ServiceProvider Services => _services ?? throw new InvalidOperationException("The engine is closed.");

    /// <summary>Closes the database and opens it again, as a restarted host would.</summary>
    public void Reopen()
    {
        Close();
        Open();
    }

    /// <summary>A separate connection for looking at the file directly.</summary>
    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        Close();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void Open()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSqliteEngine(options => options.DatabasePath = DatabasePath);
        _services = services.BuildServiceProvider(validateScopes: true);
        _services.GetRequiredService<SqliteDatabase>().EnsureOpen();
    }

    private void Close()
    {
        _services?.Dispose();
        _services = null;
    }
}
