using Microsoft.Extensions.Options;

namespace Interop.Functions.Security;

/// <summary>Says at start-up how tokens will be checked, and warns when no key is trusted (every token is then refused).</summary>
internal sealed partial class SecurityStartupReport(IOptions<InteropSecurityOptions> options, SigningKeyLoader loader, ILogger<SecurityStartupReport> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var keyCount = loader.Load(settings).Keys.Count;
        if (keyCount == 0)
        {
            LogNoKeys(logger, InteropSecurityOptions.SectionName);
        }
        else
        {
            LogKeys(logger, keyCount, settings.Clients.Count, settings.UseDevKey);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "No token signing key is configured ({Section}:SigningKeys, JwksFile or UseDevKey): every protected endpoint answers 401")]
    private static partial void LogNoKeys(ILogger logger, string section);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Bearer tokens checked against {KeyCount} signing keys for {ClientCount} configured clients (dev key: {UseDevKey})")]
    private static partial void LogKeys(ILogger logger, int keyCount, int clientCount, bool useDevKey);
}
