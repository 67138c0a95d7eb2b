using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Interop.Engine.Sqlite.Database;

/// <summary>
/// The single writer with group commit. Every change goes through one channel to one thread, which takes everything
/// waiting and commits it in one transaction: one fsync covers the whole batch, so throughput grows with the number of
/// concurrent callers while each caller still hears back only after its change is durable. Each operation runs inside
/// its own savepoint, so one that throws is undone alone and the rest of the batch still commits.
/// </summary>
internal sealed partial class SqliteWriter : IDisposable
{
    private readonly Channel<WriteOperation> _operations;
    private readonly WriteSession _session;
    private readonly int _maxBatchSize;
    private readonly ILogger _logger;
    private readonly Thread _thread;

    public SqliteWriter(SqliteConnection connection, int maxBatchSize, int capacity, ILogger logger)
    {
        _session = new WriteSession(connection);
        _maxBatchSize = maxBatchSize;
        _logger = logger;
        _operations = Channel.CreateBounded<WriteOperation>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _thread = new Thread(Run) { IsBackground = true, Name = "sqlite-writer" };
        _thread.Start();
    }

    /// <summary>Runs <paramref name="work"/> in the next group commit; completes once that commit is durable.</summary>
    public async Task<T> WriteAsync<T>(Func<WriteSession, T> work, CancellationToken cancellationToken)
    {
        var operation = new WriteOperation<T>(work, cancellationToken);
        await _operations.Writer.WriteAsync(operation, cancellationToken).ConfigureAwait(false);
        return await operation.Task.ConfigureAwait(false);
    }

    public void Dispose()
    {
        _operations.Writer.TryComplete();
        _thread.Join();
        _session.Dispose();
    }

    private void Run()
    {
        var batch = new List<WriteOperation>(_maxBatchSize);
        var executed = new List<WriteOperation>(_maxBatchSize);
        // A blocking wait is right here: this thread exists only to write.
        while (_operations.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < _maxBatchSize && _operations.Reader.TryRead(out var operation))
            {
                batch.Add(operation);
            }

            Commit(batch, executed);
        }
    }

    private void Commit(List<WriteOperation> batch, List<WriteOperation> executed)
    {
        executed.Clear();
        try
        {
            _session.Execute("BEGIN IMMEDIATE");
            foreach (var operation in batch)
            {
                if (operation.CancellationToken.IsCancellationRequested)
                {
                    operation.Cancel();
                    continue;
                }

                if (RunInSavepoint(operation))
                {
                    executed.Add(operation);
                }
            }

            _session.Execute("COMMIT");
        }
        catch (Exception error)
        {
            // The transaction itself failed (I/O error, disk full, or an operation's error that made SQLite roll back
            // everything): nothing in it was committed, so every caller not yet answered hears the error. Catching all
            // keeps the writer thread alive; the error is handed to the callers, not swallowed.
            LogBatchFailed(_logger, error, batch.Count, (error as SqliteException)?.SqliteErrorCode);
            RollBack();
            foreach (var operation in batch)
            {
                operation.Fail(error);
            }

            return;
        }

        foreach (var operation in executed)
        {
            operation.Complete();
        }
    }

    private bool RunInSavepoint(WriteOperation operation)
    {
        _session.Execute("SAVEPOINT operation");
        try
        {
            operation.Execute(_session);
            _session.Execute("RELEASE operation");
            return true;
        }
        catch (Exception error) when (_session.InTransaction)
        {
            // Any error belongs to its caller alone (it is handed over, not swallowed); undo just this operation.
            _session.Execute("ROLLBACK TO operation");
            _session.Execute("RELEASE operation");
            operation.Fail(error);
            return false;
        }
    }

    private void RollBack()
    {
        if (!_session.InTransaction)
        {
            return;
        }

        try
        {
            _session.Execute("ROLLBACK");
        }
        catch (SqliteException error)
        {
            // Still failing: the next BEGIN reports it to that batch's callers; the writer must keep running.
            LogRollbackFailed(_logger, error, error.SqliteErrorCode);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SQLite group commit of {Count} operations failed (SQLite error {Code})")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int count, int? code);

    [LoggerMessage(Level = LogLevel.Error, Message = "SQLite rollback failed (SQLite error {Code})")]
    private static partial void LogRollbackFailed(ILogger logger, Exception error, int code);
}
