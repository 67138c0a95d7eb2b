using System.Net.Http.Json;
using Interop.Engine.Alerts;
using Interop.Functions.Api;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Alerts;

/// <summary>POSTs the board's pending notifications to the webhook in order; one that fails stays pending, with those after it, for the next evaluation.</summary>
internal sealed partial class WebhookNotifier(IOptions<AlertOptions> options, AlertBoard board, IHttpClientFactory httpClients, ILogger<WebhookNotifier> logger)
{
    /// <summary>The named HttpClient the webhook is called with.</summary>
    public const string HttpClientName = "interop-alert-webhook";

    /// <summary>How long one POST may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Sends what is pending; stops at the first failure so a recovery never overtakes its alert.</summary>
    public async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Webhook is not { } webhook)
        {
            return;
        }

        using var http = httpClients.CreateClient(HttpClientName);
        foreach (var notification in board.Pending())
        {
            var alert = notification.Alert;
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri(webhook), AlertPayload.From(notification), ApiJson.Options, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    LogRefused(logger, notification.Status, alert.Rule, alert.Id, (int)response.StatusCode);
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The exception's message may hold the webhook's address; its type is enough to tell a refused connection from a timeout.
                LogFailed(logger, notification.Status, alert.Rule, alert.Id, exception.GetType().Name);
                return;
            }

            board.Sent(notification);
            LogSent(logger, notification.Status, alert.Rule, alert.Id);
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Alert webhook told: {Status} {Rule} incident {IncidentId}")]
    private static partial void LogSent(ILogger logger, AlertStatus status, string rule, string incidentId);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Alert webhook answered HTTP {HttpStatus} to {Status} {Rule} incident {IncidentId}; tried again at the next evaluation")]
    private static partial void LogRefused(ILogger logger, AlertStatus status, string rule, string incidentId, int httpStatus);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Alert webhook not reached ({Failure}) for {Status} {Rule} incident {IncidentId}; tried again at the next evaluation")]
    private static partial void LogFailed(ILogger logger, AlertStatus status, string rule, string incidentId, string failure);
}
