namespace Interop.Engine.Sqlite.Database;

/// <summary>A write operation that returns <typeparamref name="T"/>.</summary>
internal sealed class WriteOperation<T>(Func<WriteSession, T> work, CancellationToken cancellationToken) : WriteOperation(cancellationToken)
{
    // Continuations run off the writer thread, so callers never slow the next batch.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _completion.Task;

    public override void Execute(WriteSession session) => _result = work(session);

    public override void Complete() => _completion.TrySetResult(_result!);

    public override void Fail(Exception error) => _completion.TrySetException(error);

    public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
}
