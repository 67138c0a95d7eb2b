using Interop.Engine.Messages;
using Interop.Engine.Sqlite.Tests.Statistics;
using Interop.Engine.Sqlite.Tests.Support;

namespace Interop.Engine.Sqlite.Tests.Storage;

public sealed class SqliteMessageStoreDeadLetterReasonTests : IDisposable
{
    private readonly TestEngine _engine = new();

    [Theory]
    [InlineData(StatisticsScenario.Refused, null, new[] { 1, 0 })]
    [InlineData(StatisticsScenario.Refused, StatisticsScenario.Gp, new[] { 1, 0 })]
    [InlineData(StatisticsScenario.Timeout, null, new[] { 2 })]
    [InlineData(StatisticsScenario.Refused, StatisticsScenario.Shcr, new int[0])]
    [InlineData("DLV-HTTP-503", null, new int[0])]
    public async Task SearchAsync_DeadLetterReason_FindsOnlyMessagesDeadLetteredWithThatCode(string reason, string? destination, int[] expected)
    {
        var scenario = await StatisticsScenario.CreateAsync(_engine);

        var page = await _engine.Store.SearchAsync(new MessageQuery(Destination: destination, From: TestMessages.Start, DeadLetterReason: reason), default);

        page.Items.Select(i => i.Id).Should().Equal(expected.Select(i => scenario.Ids[i]));
    }

    public void Dispose() => _engine.Dispose();
}
