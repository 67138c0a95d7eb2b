using Polly;
using Polly.Timeout;

namespace Interop.Engine.Delivery;

/// <summary>Which outcomes are worth another attempt: 5xx, 408, 429, network faults and attempt timeouts; never other 4xx.</summary>
internal static class TransientHttpFailures
{
    public static bool IsTransient(int status) => status >= 500 || status is 408 or 429;

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        HttpRequestException or TimeoutRejectedException => true,
        null => outcome.Result is { } response && IsTransient((int)response.StatusCode),
        _ => false,
    };
}
