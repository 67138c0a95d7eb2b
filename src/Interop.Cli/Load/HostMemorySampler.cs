using System.Globalization;

namespace Interop.Cli.Load;

/// <summary>Reads a local process's resident set (VmRSS in /proc/PID/status) every so often and keeps the peak.</summary>
internal sealed class HostMemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly string statusPath;
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private double peakKb;
    private double lastKb;

    private HostMemorySampler(int pid, TimeProvider time)
    {
        statusPath = $"/proc/{pid}/status";
        sampling = SampleAsync(time);
    }

    /// <summary>Starts sampling <paramref name="pid"/>; null when it cannot be read (no such process, or no /proc).</summary>
    public static HostMemorySampler? Start(int pid, TimeProvider time) =>
        ReadRssKb($"/proc/{pid}/status") is null ? null : new HostMemorySampler(pid, time);

    /// <summary>Stops sampling and returns what was seen.</summary>
    public async Task<HostMemory> StopAsync()
    {
        await stop.CancelAsync();
        await sampling;
        Sample();
        return new HostMemory(peakKb / 1024, lastKb / 1024);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }

    private async Task SampleAsync(TimeProvider time)
    {
        using var timer = new PeriodicTimer(Interval, time);
        Sample();
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped: the last sample is taken by StopAsync.
        }
    }

    private void Sample()
    {
        if (ReadRssKb(statusPath) is { } kb)
        {
            lastKb = kb;
            peakKb = Math.Max(peakKb, kb);
        }
    }

    private static double? ReadRssKb(string path)
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var digits = line?["VmRSS:".Length..].Trim().Split(' ')[0];
            return double.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
