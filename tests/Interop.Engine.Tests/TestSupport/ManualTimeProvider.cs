namespace Interop.Engine.Tests.TestSupport;

/// <summary>A hand-driven clock: wall-clock time and timers move only when a test calls <see cref="Advance"/>; timestamps stay real so latencies still measure real work.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Signal)> _waiters = [];
    private DateTimeOffset _now;

    /// <summary>Creates a clock starting at the given instant.</summary>
    public ManualTimeProvider(DateTimeOffset start) => _now = start;

    /// <summary>Creates a clock starting at 09:00 UTC on 5 January 2026.</summary>
    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))
    {
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward and fires, in due order, every timer that comes due.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (NextDue(target) is { } timer)
        {
            lock (_gate)
            {
                _now = timer.DueAt > _now ? timer.DueAt : _now;
            }

            timer.Fire();
        }

        lock (_gate)
        {
            _now = target;
        }
    }

    /// <summary>Completes when a timer is scheduled whose due time (relative to when it was set) matches, including one already scheduled.</summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match)
    {
        lock (_gate)
        {
            if (_timers.FirstOrDefault(timer => match(timer.RequestedDue)) is { } existing)
            {
                return Task.FromResult(existing.RequestedDue);
            }

            var signal = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task;
        }
    }

    internal void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.RequestedDue = dueTime;
            timer.DueAt = _now + dueTime;
            _timers.Add(timer);
            foreach (var waiter in _waiters.Where(waiter => waiter.Match(dueTime)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult(dueTime);
            }
        }
    }

    internal void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private ManualTimer? NextDue(DateTimeOffset target)
    {
        lock (_gate)
        {
            var due = _timers.Where(timer => timer.DueAt <= target).MinBy(timer => timer.DueAt);
            if (due is not null)
            {
                _timers.Remove(due);
            }

            return due;
        }
    }
}
