using Interop.Engine.Messages;
using Interop.Engine.Sqlite.Storage;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Tests.Storage;

public sealed class SqliteMessageStoreSearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private static readonly DateTimeOffset From = Support.TestMessages.Start.AddSeconds(200);
    private static readonly DateTimeOffset To = Support.TestMessages.Start.AddSeconds(900);

    public static TheoryData<string> Filters => ["none", "status", "event", "sender", "destination", "nhsNumber", "replayOf", "range", "combined"];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task SearchAsync_PagingThroughAFilter_ReturnsEveryMatchOnceNewestFirst(string filter)
    {
        var (query, matches) = Case(filter);
        var expected = fixture.Rows.Where(matches)
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id).ToList();

        var found = new List<MessageSummary>();
        string? token = null;
        do
        {
            var page = await fixture.Engine.Store.SearchAsync(query with { Limit = 97, ContinuationToken = token }, default);
            page.Items.Count.Should().BeLessThanOrEqualTo(97);
            found.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        expected.Should().NotBeEmpty();
        found.Select(s => s.Id).Should().Equal(expected);
    }

    [Fact]
    public async Task SearchAsync_Summary_CarriesDestinationsInRoutingOrder()
    {
        var row = fixture.Rows.First(r => r.Destinations.Count == 2);

        var page = await fixture.Engine.Store.SearchAsync(new MessageQuery(NhsNumber: row.NhsNumber, To: row.ReceivedAt.AddTicks(1), Limit: 500), default);

        var summary = page.Items.Single(s => s.Id == row.Id);
        summary.Destinations.Should().Equal("gp-a81001", "pharmacy-fqw30");
        summary.Should().Match<MessageSummary>(s => s.SenderOds == row.Sender && s.Event == row.Event && s.Status == row.Status);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(10_000, 500)]
    public async Task SearchAsync_LimitOutOfRange_IsClamped(int limit, int expected)
    {
        var page = await fixture.Engine.Store.SearchAsync(new MessageQuery(Limit: limit), default);

        page.Items.Should().HaveCount(expected);
        page.ContinuationToken.Should().NotBeNull();
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("bm9jb2xvbg")] // "nocolon"
    public async Task SearchAsync_ForeignContinuationToken_ThrowsArgumentException(string token)
    {
        var search = () => fixture.Engine.Store.SearchAsync(new MessageQuery(ContinuationToken: token), default);

        await search.Should().ThrowAsync<ArgumentException>();
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void SearchSql_EveryFilter_ReadsAnIndexInOrderWithoutSorting(string filter)
    {
        using var connection = fixture.Engine.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + MessageSearch.BuildSql(Case(filter).Query, hasToken: true);
        foreach (var name in new[] { "$status", "$event", "$sender", "$nhs_number", "$replay_of", "$destination", "$from", "$to", "$after_at", "$after_id", "$limit" })
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        var plan = ReadPlan(command);

        // Sorting a message's few destinations is fine; sorting the matches would read them all before the first page.
        plan.Should().NotContain("FOR ORDER BY").And.NotContain("RIGHT PART OF ORDER BY");
        plan.Should().NotContain("SCAN m ", because: "a table scan grows with the table").And.NotContain("SCAN d ");
    }

    private static (MessageQuery Query, Func<SearchFixture.Row, bool> Matches) Case(string filter) => filter switch
    {
        "none" => (new MessageQuery(), _ => true),
        "status" => (new MessageQuery(Status: MessageStatus.Rejected), r => r.Status == MessageStatus.Rejected),
        "event" => (new MessageQuery(Event: "ITK008M"), r => r.Event == "ITK008M"),
        "sender" => (new MessageQuery(Sender: "RBT"), r => r.Sender == "RBT"),
        "destination" => (new MessageQuery(Destination: "pharmacy-fqw30"), r => r.Destinations.Contains("pharmacy-fqw30")),
        "nhsNumber" => (new MessageQuery(NhsNumber: "9000000003"), r => r.NhsNumber == "9000000003"),
        "replayOf" => (new MessageQuery { ReplayOf = "original-2" }, r => r.ReplayOf == "original-2"),
        "range" => (new MessageQuery(From: From, To: To), r => r.ReceivedAt >= From && r.ReceivedAt < To),
        "combined" => (
            new MessageQuery(Status: MessageStatus.Routed, Sender: "FQW30", Destination: "gp-a81001", From: From),
            r => r.Status == MessageStatus.Routed && r.Sender == "FQW30" && r.Destinations.Contains("gp-a81001") && r.ReceivedAt >= From),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    private static string ReadPlan(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3) + " ");
        }

        return string.Join('\n', lines);
    }
}
