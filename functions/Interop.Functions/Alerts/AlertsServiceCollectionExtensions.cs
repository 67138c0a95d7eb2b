using Interop.Engine.Alerts;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Alerts;

/// <summary>Registers the alert rules of <c>Interop:Alerts</c>: their signals, evaluation, board and webhook.</summary>
internal static class AlertsServiceCollectionExtensions
{
    /// <summary>Adds alerting; the rules are validated when the host starts, and the engine's counts are listened to from then on.</summary>
    public static IServiceCollection AddInteropAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddSingleton<EngineSignalListener>();
        services.AddSingleton(provider => new AlertBoard(notify: provider.GetRequiredService<IOptions<AlertOptions>>().Value.Webhook is not null));
        services.AddSingleton<AlertEvaluator>();
        services.AddSingleton<WebhookNotifier>();
        services.AddHttpClient(WebhookNotifier.HttpClientName, http => http.Timeout = WebhookNotifier.Timeout);
        services.AddHostedService<AlertService>();
        return services;
    }
}
