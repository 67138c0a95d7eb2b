namespace Interop.Functions.Tests.Support;

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
