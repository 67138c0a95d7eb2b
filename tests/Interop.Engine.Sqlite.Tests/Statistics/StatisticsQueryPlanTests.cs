using Interop.Engine.Sqlite.Statistics;
using Interop.Engine.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Interop.Engine.Sqlite.Tests.Statistics;

/// <summary>Every aggregate reads only its time range from an index, so its cost does not grow with the store.</summary>
public sealed class StatisticsQueryPlanTests : IDisposable
{
    private readonly TestEngine _engine = new();

    public static TheoryData<string, string> Queries => new()
    {
        { DeadLetterReads.Sql, "ix_deliveries_dead_letters" },
        { DestinationActivityReads.DeliveriesSql, "ix_deliveries_received" },
        { DestinationActivityReads.AttemptsSql, "ix_timeline_attempts" },
        { ThroughputReads.ReceivedSql, "ix_messages_received" },
        { ThroughputReads.RejectedSql, "ix_messages_status" },
        { ThroughputReads.FinishedSql, "ix_deliveries_finished" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Plan_Aggregate_SearchesItsIndexByTimeAndScansNoTable(string sql, string index)
    {
        using var connection = _engine.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in new[] { "$from", "$to", "$max_ids" })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, 1);
            }
        }

        var plan = ReadPlan(command);

        plan.Should().Contain($"SEARCH", because: plan).And.Contain($"USING COVERING INDEX {index} (", because: "the index alone answers it");
        plan.Should().NotMatchRegex(@"SCAN (d|m|deliveries|messages|timeline)\b(?! USING)", because: "a table scan grows with the table");
    }

    public void Dispose() => _engine.Dispose();

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
