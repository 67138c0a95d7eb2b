using System.Diagnostics;
using Interop.Engine.Queues;
using Interop.Engine.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Pipeline;

/// <summary>
/// Runs every pipeline step against its queue: receives jobs up to the step's concurrency, deletes each one its step
/// finished (unless the step's own commit did), moves one that failed too often to the poison queue, and brings a failed
/// one back sooner than its lease would.
/// </summary>
internal sealed partial class QueueWorker(
    IMessageQueue queue,
    IEnumerable<IJobHandler> handlers,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<QueueWorker> logger) : BackgroundService
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    // Azure Storage Queues hand out at most 32 messages per receive; the contract keeps that limit everywhere.
    private const int MaxReceiveBatch = 32;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(handlers.Select(h => Task.Run(() => RunAsync(h, stoppingToken), stoppingToken)));

    private async Task RunAsync(IJobHandler handler, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var slots = new SemaphoreSlim(handler.Concurrency(settings));
        var running = new HashSet<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            await slots.WaitAsync(stoppingToken);
            IReadOnlyList<LeasedMessage> jobs;
            try
            {
                jobs = await queue.ReceiveAsync(handler.Queue, Math.Min(slots.CurrentCount + 1, MaxReceiveBatch), settings.VisibilityTimeout, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogReceiveFailed(logger, handler.Queue, ex.GetType().FullName, ex.StackTrace);
                jobs = [];
            }

            if (jobs.Count == 0)
            {
                slots.Release();
                await Task.Delay(settings.IdleDelay, clock, stoppingToken);
                continue;
            }

            for (var i = 1; i < jobs.Count; i++)
            {
                await slots.WaitAsync(stoppingToken);
            }

            foreach (var job in jobs)
            {
                running.Add(ProcessAsync(handler, job, slots, stoppingToken));
            }

            running.RemoveWhere(t => t.IsCompleted);
        }

        await Task.WhenAll(running);
    }

    private async Task ProcessAsync(IJobHandler handler, LeasedMessage job, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        var about = JobBodies.Peek(job);
        using var span = EngineTracing.StartJob(handler.Queue, about?.TraceParent);
        span?.SetTag(EngineTracing.MessageIdTag, about?.MessageId).SetTag(EngineTracing.DestinationTag, about?.Destination);
        try
        {
            if (job.DequeueCount > options.Value.MaxDequeueCount)
            {
                await queue.EnqueueAsync(new QueueJob(QueueNames.Poison(job.Queue), job.Body), stoppingToken);
                await handler.PoisonedAsync(job, stoppingToken);
                await queue.DeleteAsync(job, stoppingToken);
                LogPoisoned(logger, job.Id, job.Queue, job.DequeueCount);
                return;
            }

            if (await handler.HandleAsync(job, stoppingToken) == JobCompletion.ByWorker)
            {
                await queue.DeleteAsync(job, stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().FullName);
            LogJobFailed(logger, job.Id, job.Queue, job.DequeueCount, ex.GetType().FullName, ex.StackTrace);
            await RetrySoonerAsync(job, stoppingToken);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Shortens the failed job's lease to an exponential backoff, so a passing fault does not hold it for the whole visibility timeout.</summary>
    private async Task RetrySoonerAsync(LeasedMessage job, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, job.DequeueCount), MaxRetryDelay.TotalSeconds));
        try
        {
            await queue.UpdateVisibilityAsync(job, delay, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The lease simply runs its course instead.
            LogJobFailed(logger, job.Id, job.Queue, job.DequeueCount, ex.GetType().FullName, ex.StackTrace);
        }
    }

    // Exceptions are logged by type and stack trace, never by message: a message can quote the data that caused it.
    [LoggerMessage(Level = LogLevel.Error, Message = "Receiving from queue {Queue} failed: {ExceptionType} at {StackTrace}")]
    private static partial void LogReceiveFailed(ILogger logger, string queue, string? exceptionType, string? stackTrace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} on {Queue} failed (receive {DequeueCount}): {ExceptionType} at {StackTrace}; it will be retried")]
    private static partial void LogJobFailed(ILogger logger, string jobId, string queue, int dequeueCount, string? exceptionType, string? stackTrace);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} on {Queue} failed {DequeueCount} times and moved to the poison queue")]
    private static partial void LogPoisoned(ILogger logger, string jobId, string queue, int dequeueCount);
}
