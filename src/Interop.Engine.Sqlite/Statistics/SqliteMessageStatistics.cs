using Interop.Engine.Sqlite.Database;
using Interop.Engine.Storage;

namespace Interop.Engine.Sqlite.Statistics;

/// <summary>The console's aggregates over the engine's SQLite database, each read in one snapshot.</summary>
internal sealed class SqliteMessageStatistics(SqliteDatabase database) : IMessageStatistics
{
    /// <summary>The most buckets one throughput question may ask for.</summary>
    public const int MaxBuckets = 100_000;

    public Task<DeadLetterSummary> GetDeadLettersAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ValidateRange(from, to);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(connection => DeadLetterReads.Read(connection, from, to)));
    }

    public Task<IReadOnlyList<DestinationActivity>> GetDestinationActivityAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ValidateRange(from, to);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(connection => DestinationActivityReads.Read(connection, from, to)));
    }

    public Task<IReadOnlyList<ThroughputBucket>> GetThroughputAsync(DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, CancellationToken cancellationToken)
    {
        ValidateRange(from, to);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(bucket, TimeSpan.Zero);
        if ((to - from) / bucket > MaxBuckets - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(bucket), $"The range holds more than {MaxBuckets} buckets.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(connection => ThroughputReads.Read(connection, from, to, bucket)));
    }

    private static void ValidateRange(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            throw new ArgumentException("The range must end after it starts.", nameof(to));
        }
    }
}
