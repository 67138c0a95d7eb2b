using System.Collections.Concurrent;
using System.Diagnostics;

namespace Interop.CrashSafety.Tests;

/// <summary>The host's build output running as a child process, with its output kept for when a test fails.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output;

    private HostProcess(Process process, ConcurrentQueue<string> output)
    {
        this.process = process;
        this.output = output;
    }

    /// <summary>The last lines the host wrote.</summary>
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>Starts the host on <paramref name="url"/> with the configuration file <paramref name="configFile"/> and waits until it answers its liveness check.</summary>
    public static async Task<HostProcess> StartAsync(Uri url, string configFile, HttpClient http, ConcurrentQueue<string>? output = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.HostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString().TrimEnd('/'));
        start.Environment["Interop__ConfigFile"] = configFile;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var lines = output ?? new ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Keep(lines, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(lines, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(process, lines);
        await host.WaitUntilLiveAsync(url, http);
        return host;
    }

    /// <summary>Kills the host and everything it started with SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilLiveAsync(Uri url, HttpClient http)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(url, "health/live"), timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                // Polling a child process: there is no signal to wait on but its port.
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"The host did not answer within {StartTimeout}:{Environment.NewLine}{Output}");
            }
        }
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        while (lines.Count > KeptLines)
        {
            lines.TryDequeue(out _);
        }
    }
}
