using Interop.Engine;
using Interop.Engine.Replay;
using Interop.Engine.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Cli.Mapping;

/// <summary>
/// The engine as <c>interop map</c> runs it: the configuration's routes, destinations and patient directory, and a store of
/// its own in a temporary folder, deleted afterwards, so a preview never touches a running engine's messages.
/// </summary>
internal sealed class PreviewEngine : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    public PreviewEngine(string configFile, string repositoryRoot)
    {
        _folder = Directory.CreateTempSubdirectory("interop-map-").FullName;
        var file = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false).Build();
        // The sample names its routes file relative to the repository, as run.sh starts it.
        var routes = file["Interop:Routing:File"] is { Length: > 0 } named ? Path.GetFullPath(named, repositoryRoot) : null;
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(file)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Interop:Routing:File"] = routes })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddInteropEngine(configuration)
            .AddSqliteEngine(o => o.DatabasePath = Path.Combine(_folder, "preview.db"))
            .BuildServiceProvider();
    }

    /// <summary>The preview service.</summary>
    public MapPreview Preview => _services.GetRequiredService<MapPreview>();

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
