namespace Interop.Functions.Tests.Support;

/// <summary>A clock that fails with a message that must never reach a response or a log.</summary>
internal sealed class ThrowingTimeProvider(string message) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException(message);
}
