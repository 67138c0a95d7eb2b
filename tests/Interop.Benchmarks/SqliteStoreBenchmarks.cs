using System.Text;
using BenchmarkDotNet.Attributes;
using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Sqlite;
using Interop.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Benchmarks;

/// <summary>
/// Durable accepts per second into the SQLite store (WAL, synchronous=FULL, group commit) with ~30 KB payloads, from one
/// caller and from many concurrent callers. Each operation is one <see cref="IMessageStore.AcceptAsync"/> that returned,
/// so it is on disk. The Op/s column is accepts per second.
/// </summary>
[Config(typeof(SqliteBenchmarkConfig))]
public class SqliteStoreBenchmarks
{
    private const int AcceptsPerInvoke = 512;
    private string _folder = "";
    private ServiceProvider _services = null!;
    private IMessageStore _store = null!;
    private byte[] _payload = [];

    [Params(1, 32)]
    public int Callers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "store-bench-" + Guid.NewGuid().ToString("N"));
        _services = new ServiceCollection()
            .AddLogging()
            .AddSqliteEngine(options => options.DatabasePath = Path.Combine(_folder, "interop.db"))
            .BuildServiceProvider();
        _store = _services.GetRequiredService<IMessageStore>();
        _payload = Payload(30 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = AcceptsPerInvoke)]
    public Task Accept() =>
        Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < AcceptsPerInvoke / Callers; i++)
            {
                var message = Message();
                await _store.AcceptAsync(message, new QueueJob(QueueNames.Route, message.Id), CancellationToken.None).ConfigureAwait(false);
            }
        })));

    private IncomingMessage Message() => new(
        Guid.NewGuid().ToString("N"),
        DateTimeOffset.UtcNow,
        "demo-pharmacy",
        "R4",
        "application/fhir+json",
        new MessageEnvelope(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), "https://fhir.nhs.uk/CodeSystem/message-event",
            "ITK014M", "FQW30", "A81001", "https://pharmacy.example/fhir", "9449305552", InfAckRequested: true, BusAckRequested: false),
        _payload);

    // JSON-shaped text with varying digits, so the page contents look like real payloads rather than one repeated byte.
    private static byte[] Payload(int size)
    {
        var text = new StringBuilder(size + 64).Append("{\"resourceType\":\"Bundle\",\"entry\":[");
        var random = new Random(42);
        while (text.Length < size - 2)
        {
            text.Append("{\"value\":").Append(random.Next()).Append("},");
        }

        return Encoding.UTF8.GetBytes(text.Append("{}]}").ToString());
    }
}
