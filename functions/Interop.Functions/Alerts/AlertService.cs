using Interop.Engine.Alerts;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Alerts;

/// <summary>Evaluates the alert rules every <see cref="AlertOptions.EvaluateEvery"/> and sends what the webhook must hear; idle without rules.</summary>
internal sealed partial class AlertService(
    IOptions<AlertOptions> options,
    AlertEvaluator evaluator,
    WebhookNotifier notifier,
    TimeProvider clock,
    ILogger<AlertService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || settings.Rules.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.EvaluateEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await evaluator.EvaluateAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A queue that cannot be read now may answer at the next tick; the rules keep their state meanwhile.
                LogEvaluationFailed(logger, exception.GetType().FullName, exception.StackTrace);
            }

            await notifier.SendPendingAsync(stoppingToken);
        }
    }

    [LoggerMessage(EventId = 7100, Level = LogLevel.Error, Message = "Alert rules not evaluated ({ExceptionType}); tried again at the next tick\n{StackTrace}")]
    private static partial void LogEvaluationFailed(ILogger logger, string? exceptionType, string? stackTrace);
}
