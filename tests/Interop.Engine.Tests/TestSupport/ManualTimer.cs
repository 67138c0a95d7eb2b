namespace Interop.Engine.Tests.TestSupport;

/// <summary>A timer of <see cref="ManualTimeProvider"/>: fires when the clock is advanced past its due time.</summary>
internal sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
{
    private TimeSpan _period = Timeout.InfiniteTimeSpan;
    private bool _disposed;

    public DateTimeOffset DueAt { get; set; }

    public TimeSpan RequestedDue { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (_disposed)
        {
            return false;
        }

        _period = period;
        clock.Schedule(this, dueTime);
        return true;
    }

    public void Fire()
    {
        callback(state);
        if (!_disposed && _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
        {
            clock.Schedule(this, _period);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        clock.Remove(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
