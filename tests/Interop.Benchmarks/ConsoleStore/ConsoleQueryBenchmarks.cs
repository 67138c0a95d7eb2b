using BenchmarkDotNet.Attributes;
using Interop.Engine.Messages;
using Interop.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Benchmarks.ConsoleStore;

/// <summary>
/// The console's questions against a store of a million messages (<see cref="SeededStore"/>): the message list's first
/// page under each filter, a later page, and the aggregates over the last 24 hours of the seeded fortnight. The goal is
/// under 200 ms each.
/// </summary>
[Config(typeof(ConsoleQueryBenchmarkConfig))]
public class ConsoleQueryBenchmarks
{
    private static readonly DateTimeOffset DayStart = SeedPlan.End.AddDays(-1);

    private ServiceProvider _services = null!;
    private IMessageStore _store = null!;
    private IMessageStatistics _statistics = null!;
    private string _page20Token = "";

    [GlobalSetup]
    public void Setup()
    {
        SeededStore.Ensure();
        _services = SeededStore.Open(SeededStore.DatabasePath);
        _store = _services.GetRequiredService<IMessageStore>();
        _statistics = _services.GetRequiredService<IMessageStatistics>();
        var query = new MessageQuery();
        for (var page = 1; page < 20; page++)
        {
            query = query with { ContinuationToken = _store.SearchAsync(query, default).GetAwaiter().GetResult().ContinuationToken };
        }

        _page20Token = query.ContinuationToken!;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "list: no filter")]
    public Task<MessagePage> ListNoFilter() => _store.SearchAsync(new MessageQuery(), default);

    [Benchmark(Description = "list: status=dead-lettered")]
    public Task<MessagePage> ListDeadLettered() => _store.SearchAsync(new MessageQuery(Status: MessageStatus.DeadLettered), default);

    [Benchmark(Description = "list: destination=shcr")]
    public Task<MessagePage> ListDestination() => _store.SearchAsync(new MessageQuery(Destination: SeedPlan.BusiestDestination), default);

    [Benchmark(Description = "list: nhsNumber")]
    public Task<MessagePage> ListNhsNumber() => _store.SearchAsync(new MessageQuery(NhsNumber: SeedPlan.SomeNhsNumber), default);

    [Benchmark(Description = "list: sender + 24 h")]
    public Task<MessagePage> ListSenderInRange() =>
        _store.SearchAsync(new MessageQuery(Sender: SeedPlan.SomeSender, From: DayStart.AddDays(-3), To: DayStart.AddDays(-2)), default);

    [Benchmark(Description = "list: page 20 (token)")]
    public Task<MessagePage> ListPage20() => _store.SearchAsync(new MessageQuery(ContinuationToken: _page20Token), default);

    [Benchmark(Description = "dead-letter groups, 24 h")]
    public Task<DeadLetterSummary> DeadLetters() => _statistics.GetDeadLettersAsync(DayStart, SeedPlan.End, default);

    [Benchmark(Description = "destination activity, 24 h")]
    public Task<IReadOnlyList<DestinationActivity>> Destinations() => _statistics.GetDestinationActivityAsync(DayStart, SeedPlan.End, default);

    [Benchmark(Description = "stats series, 24 h by hour")]
    public Task<IReadOnlyList<ThroughputBucket>> Series() => _statistics.GetThroughputAsync(DayStart, SeedPlan.End, TimeSpan.FromHours(1), default);
}
