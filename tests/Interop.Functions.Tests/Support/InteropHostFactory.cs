using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Interop.Testing;
using Microsoft.Extensions.Logging;

namespace Interop.Functions.Tests.Support;

/// <summary>
/// The host in memory, with a stopped clock, a known public base URL, captured logs, and the smallest valid engine
/// configuration: a SQLite database and a routing rules file in a folder of its own, deleted with the factory.
/// </summary>
public sealed class InteropHostFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 15, TimeSpan.Zero);

    public const string PublicBaseUrl = "https://interop.test.example";

    private readonly string _folder = Directory.CreateTempSubdirectory("interop-host-").FullName;

    internal CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var routes = Path.Combine(_folder, "routes.yaml");
        File.WriteAllText(routes, "routes:\n  - name: all-to-test-gp\n    to: [\"destination:test-gp\"]\n");
        builder.UseSetting("Interop:Host:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Interop:Sqlite:DatabasePath", Path.Combine(_folder, "interop.db"));
        builder.UseSetting("Interop:Routing:File", routes);
        builder.UseSetting("Interop:PatientDirectory:BaseUrl", "http://127.0.0.1:9/pds");
        builder.UseSetting("Interop:Destinations:0:Id", "test-gp");
        builder.UseSetting("Interop:Destinations:0:Kind", "gp-system");
        builder.UseSetting("Interop:Destinations:0:OdsCodes:0", "A81001");
        builder.UseSetting("Interop:Destinations:0:Url", "http://127.0.0.1:9/gp");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
