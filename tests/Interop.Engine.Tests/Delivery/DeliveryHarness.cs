using System.Globalization;
using System.Text;
using Interop.Engine.Delivery;
using Interop.Engine.Destinations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Interop.Engine.Tests.Delivery;

/// <summary>The delivery services as the host wires them, for one destination configured through configuration keys.</summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public const string DestinationId = "gp-a81001";

    private readonly ServiceProvider _services;

    private DeliveryHarness(ServiceProvider services) => _services = services;

    public IDeliveryClient Client => _services.GetRequiredService<IDeliveryClient>();

    public IDestinationHealth Health => _services.GetRequiredService<IDestinationHealth>();

    /// <summary>Wires a destination posting to <paramref name="url"/>; settings are keys under the destination, e.g. <c>Retry:MaxAttempts</c>.</summary>
    public static DeliveryHarness Create(Uri url, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null, ILoggerProvider? logs = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Id"] = DestinationId,
            ["Url"] = url.ToString(),
            ["Kind"] = "gp-system",
            ["OdsCodes:0"] = "A81001",
            // Retries wait a millisecond unless a test says otherwise, so real-clock tests stay fast.
            ["Retry:BaseDelay"] = "00:00:00.001",
            ["Retry:MaxDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(pair => $"{DestinationDirectoryOptions.SectionName}:0:{pair.Key}", pair => pair.Value))
            .Build();
        var services = new ServiceCollection().AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
            }
        });
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddDestinations(configuration).AddDelivery();
        return new DeliveryHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public static DeliveryRequest Request(string payload = """{"resourceType":"Bundle"}""", IReadOnlyDictionary<string, string>? headers = null) =>
        new(DestinationId, Encoding.UTF8.GetBytes(payload), "application/fhir+json; charset=utf-8", "msg-1:gp-a81001", "corr-1", headers);

    public static string Seconds(double seconds) => TimeSpan.FromSeconds(seconds).ToString("c", CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
