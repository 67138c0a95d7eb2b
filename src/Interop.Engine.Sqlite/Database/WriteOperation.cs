namespace Interop.Engine.Sqlite.Database;

/// <summary>One caller's piece of a group commit: run inside the batch's transaction, answered only after the commit.</summary>
internal abstract class WriteOperation(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Does the work on the writer's connection; the result is held until the transaction commits.</summary>
    public abstract void Execute(WriteSession session);

    /// <summary>Answers the caller with the held result: the transaction committed.</summary>
    public abstract void Complete();

    /// <summary>Answers the caller with <paramref name="error"/>; nothing of the operation was committed.</summary>
    public abstract void Fail(Exception error);

    /// <summary>Answers the caller that the operation was cancelled before it ran.</summary>
    public abstract void Cancel();
}
