using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Interop.Functions.Tests.Support;

/// <summary>The host in memory, with a stopped clock, a known public base URL and captured logs.</summary>
public sealed class InteropHostFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 15, TimeSpan.Zero);

    public const string PublicBaseUrl = "https://interop.test.example";

    internal CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Interop:Host:PublicBaseUrl", PublicBaseUrl);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }
}
