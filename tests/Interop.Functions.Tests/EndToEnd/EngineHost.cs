extern alias cli;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using cli::Interop.Cli.Tokens;
using Interop.Engine.Queues;
using Interop.Engine.Security;
using Interop.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Functions.Tests.EndToEnd;

/// <summary>
/// The whole engine for an end-to-end test: the host on Kestrel on a free loopback port, its own SQLite file, routes and
/// dev key in a temp folder, the simulated patient directory, and every destination on one <see cref="LoopbackReceiver"/>
/// (GP system at <c>/gp/A81001</c>, the pharmacy's mailbox at <c>/mailbox/FQW30</c>, the Shared Care Record at <c>/shcr</c>).
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    public const string Pharmacy = "demo-pharmacy";
    public const string Trust = "demo-trust";
    public const string Operator = "demo-operator";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly EngineHostFactory _factory;
    private readonly string _folder;
    private readonly string _keyDirectory;

    private EngineHost(EngineHostFactory factory, string folder, string keyDirectory, Uri baseAddress)
    {
        _factory = factory;
        _folder = folder;
        _keyDirectory = keyDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The host's services, e.g. its endpoints.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts the engine delivering to <paramref name="receiver"/> (acknowledgements to <paramref name="mailbox"/> when given, so a
    /// test's scripted answers reach only the GP system); <paramref name="adjust"/> may change any setting first.
    /// </summary>
    public static EngineHost Start(LoopbackReceiver receiver, LoopbackReceiver? mailbox = null, Action<Dictionary<string, string?>>? adjust = null)
    {
        var folder = Directory.CreateTempSubdirectory("interop-e2e-").FullName;
        var keys = Path.Combine(folder, "keys");
        var routes = Path.Combine(folder, "routes.yaml");
        File.WriteAllText(routes, """
            routes:
              - name: update-record-to-registered-gp
                match: { events: [ITK014M] }
                to: [registered-gp]
              - name: shared-care-record
                match: { events: [transaction, batch] }
                to: ["destination:shcr"]
            """);
        var port = FreePort();
        var self = $"http://127.0.0.1:{port}";
        var settings = new Dictionary<string, string?>
        {
            ["Interop:Host:PublicBaseUrl"] = self,
            ["Interop:Sqlite:DatabasePath"] = Path.Combine(folder, "interop.db"),
            ["Interop:Routing:File"] = routes,
            ["Interop:PatientDirectory:BaseUrl"] = $"{self}/simulators/pds",
            ["Interop:Pipeline:IdleDelay"] = "00:00:00.020",
            ["Interop:Security:UseDevKey"] = "true",
            ["Interop:Security:DevKeyDirectory"] = keys,
            [$"Interop:Security:Clients:{Pharmacy}:Role"] = "sender",
            [$"Interop:Security:Clients:{Pharmacy}:SenderOds:0"] = "FQW30",
            [$"Interop:Security:Clients:{Pharmacy}:Events:0"] = "ITK014M",
            [$"Interop:Security:Clients:{Trust}:Role"] = "sender",
            [$"Interop:Security:Clients:{Trust}:SenderOds:0"] = "RBT",
            [$"Interop:Security:Clients:{Trust}:Events:0"] = "transaction",
            [$"Interop:Security:Clients:{Operator}:Role"] = "operator",
            ["Interop:Simulators:Enabled"] = "true",
            ["Interop:Simulators:Patients:0:NhsNumber"] = "9449305552",
            ["Interop:Simulators:Patients:0:GpPracticeOds"] = "A81001",
            ["Interop:Simulators:Patients:0:NominatedPharmacyOds"] = "FQW30",
            ["Interop:Simulators:Patients:1:NhsNumber"] = "9476719931",
            ["Interop:Simulators:Patients:1:GpPracticeOds"] = "A81002",
        };
        AddDestination(settings, 0, "gp-a81001", "gp-system", "A81001", "STU3", "xml", new Uri(receiver.Url, "gp/A81001"));
        AddDestination(settings, 1, "mailbox-fqw30", "sender-mailbox", "FQW30", "STU3", "xml", new Uri((mailbox ?? receiver).Url, "mailbox/FQW30"));
        AddDestination(settings, 2, "shcr", "shared-care-record", null, "R4", "json", new Uri(receiver.Url, "shcr"));
        adjust?.Invoke(settings);

        var factory = new EngineHostFactory(settings);
        factory.UseKestrel(port);
        factory.StartServer();
        return new EngineHost(factory, folder, keys, new Uri(self + "/"));
    }

    /// <summary>A client that sends as <paramref name="client"/> with a token signed by the host's dev key.</summary>
    public HttpClient ClientFor(string? client)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (client is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(client));
        }

        return http;
    }

    /// <summary>A bearer token for <paramref name="client"/>, signed by the host's dev key as <c>interop token</c> signs it.</summary>
    public string TokenFor(string client) => new DevTokenIssuer(TimeProvider.System).Issue(
        DevKeyStore.LoadOrCreate(_keyDirectory),
        new DevTokenRequest(client, DevTokenDefaults.Issuer, DevTokenDefaults.Audience, TimeSpan.FromHours(1)));

    /// <summary>Posts <paramref name="body"/> to a FHIR endpoint as <paramref name="client"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string client, string path, byte[] body, string contentType)
    {
        using var http = ClientFor(client);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The operator API's view of a message.</summary>
    public async Task<JsonElement> MessageAsync(string id)
    {
        using var http = ClientFor(Operator);
        using var response = await http.GetAsync(new Uri($"api/messages/{id}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync(), Json);
    }

    /// <summary>Polls the operator API until the message has <paramref name="status"/> (kebab case), or fails after 20 seconds.</summary>
    public async Task<JsonElement> WaitForStatusAsync(string id, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var message = await MessageAsync(id);
            if (message.GetProperty("status").GetString() == status)
            {
                return message;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Message {id} stayed '{message.GetProperty("status").GetString()}', not '{status}': {message}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Polls until every pipeline queue is empty (each job done and deleted), or fails after 20 seconds naming what is left.</summary>
    public async Task WaitForEmptyQueuesAsync()
    {
        var queue = Services.GetRequiredService<IMessageQueue>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var left = new List<string>();
            foreach (var name in QueueNames.All)
            {
                var depth = (await queue.GetStatsAsync(name, CancellationToken.None)).Depth;
                if (depth > 0)
                {
                    left.Add($"{name}: {depth}");
                }
            }

            if (left.Count == 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Jobs left in the queues: {string.Join(", ", left)}.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Adds a destination at <paramref name="index"/> of the directory, with quick retries for tests.</summary>
    public static void AddDestination(Dictionary<string, string?> settings, int index, string id, string kind, string? ods, string version, string format, Uri url)
    {
        var prefix = $"Interop:Destinations:{index}:";
        settings[prefix + "Id"] = id;
        settings[prefix + "Kind"] = kind;
        settings[prefix + "FhirVersion"] = version;
        settings[prefix + "Format"] = format;
        settings[prefix + "Url"] = url.AbsoluteUri;
        settings[prefix + "Retry:MaxAttempts"] = "3";
        settings[prefix + "Retry:BaseDelay"] = "00:00:00.050";
        settings[prefix + "Retry:MaxDelay"] = "00:00:00.200";
        settings[prefix + "CircuitBreaker:MinimumThroughput"] = "4";
        settings[prefix + "CircuitBreaker:SamplingDuration"] = "00:00:05";
        settings[prefix + "CircuitBreaker:BreakDuration"] = "00:00:01";
        if (ods is not null)
        {
            settings[prefix + "OdsCodes:0"] = ods;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
