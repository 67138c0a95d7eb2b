using Interop.Engine.Audit;
using Interop.Engine.Sqlite.Audit;
using Interop.Engine.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Tests.Audit;

public sealed class SqliteAuditLogTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly TestEngine _engine = new();

    public static TheoryData<string> Filters => ["none", "message", "actor", "action", "range", "combined"];

    [Fact]
    public async Task RecordAsync_Entry_IsFoundAsWritten()
    {
        var entry = new AuditEntry("a1", Start, "demo-operator", AuditAction.BulkReplay, null, "event ITK014M, destination gp-a81001");

        await _engine.Audit.RecordAsync(entry, default);
        _engine.Reopen();

        var page = await _engine.Audit.SearchAsync(new AuditQuery(), default);
        page.Items.Should().Equal(entry);
        page.ContinuationToken.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task SearchAsync_PagingThroughAFilter_ReturnsEveryMatchOnceNewestFirst(string filter)
    {
        var entries = await SeedAsync();
        var (query, matches) = Case(filter);
        var expected = entries.Where(matches).OrderByDescending(e => e.At).ThenByDescending(e => e.Id, StringComparer.Ordinal).ToList();

        var found = new List<AuditEntry>();
        string? token = null;
        do
        {
            var page = await _engine.Audit.SearchAsync(query with { Limit = 7, ContinuationToken = token }, default);
            page.Items.Count.Should().BeLessThanOrEqualTo(7);
            found.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        expected.Should().NotBeEmpty();
        found.Should().Equal(expected);
    }

    [Fact]
    public async Task SearchAsync_ForeignContinuationToken_ThrowsArgumentException()
    {
        var search = () => _engine.Audit.SearchAsync(new AuditQuery(ContinuationToken: "not base64 !"), default);

        await search.Should().ThrowAsync<ArgumentException>();
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void SearchSql_EveryFilter_ReadsAnIndexInOrderWithoutSorting(string filter)
    {
        using var connection = _engine.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + AuditSearch.BuildSql(Case(filter).Query, hasToken: true);
        foreach (var name in new[] { "$message_id", "$actor", "$action", "$from", "$to", "$after_at", "$after_id", "$limit" })
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        var plan = ReadPlan(command);

        plan.Should().Contain("USING INDEX ix_audit_").And.NotContain("ORDER BY");
    }

    public void Dispose() => _engine.Dispose();

    private static (AuditQuery Query, Func<AuditEntry, bool> Matches) Case(string filter) => filter switch
    {
        "none" => (new AuditQuery(), _ => true),
        "message" => (new AuditQuery(MessageId: "m2"), e => e.MessageId == "m2"),
        "actor" => (new AuditQuery(Actor: "alice"), e => e.Actor == "alice"),
        "action" => (new AuditQuery(Action: AuditAction.Reveal), e => e.Action == AuditAction.Reveal),
        "range" => (new AuditQuery(From: Start.AddMinutes(5), To: Start.AddMinutes(20)), e => e.At >= Start.AddMinutes(5) && e.At < Start.AddMinutes(20)),
        "combined" => (new AuditQuery(MessageId: "m1", Action: AuditAction.Replay, From: Start.AddMinutes(3)),
            e => e.MessageId == "m1" && e.Action == AuditAction.Replay && e.At >= Start.AddMinutes(3)),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    // Two entries per minute, so pages must break ties on id.
    private async Task<List<AuditEntry>> SeedAsync()
    {
        var actions = new[] { AuditAction.Reveal, AuditAction.Replay, AuditAction.BulkReplay };
        var entries = Enumerable.Range(0, 60).Select(i => new AuditEntry(
            $"e{i:D3}",
            Start.AddMinutes(i / 2),
            i % 2 == 0 ? "alice" : "bob",
            actions[i % 3],
            actions[i % 3] == AuditAction.BulkReplay ? null : $"m{i % 4}",
            "payload")).ToList();
        await Task.WhenAll(entries.Select(e => _engine.Audit.RecordAsync(e, default)));
        return entries;
    }

    private static string ReadPlan(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join('\n', lines);
    }
}
