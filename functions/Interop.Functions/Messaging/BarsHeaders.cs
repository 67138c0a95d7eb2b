using System.Text.Json;
using Interop.Engine.Messages;

namespace Interop.Functions.Messaging;

/// <summary>
/// The headers the Booking and Referral Standard puts on every request: <c>X-Request-Id</c> and <c>X-Correlation-Id</c>
/// (UUIDs the receiver mirrors back) and <c>NHSD-Target-Identifier</c>, the base64 of a JSON object naming the target
/// service (<c>{"value": "2000011147", "system": "https://fhir.nhs.uk/Id/dos-service-id"}</c>).
/// </summary>
/// <param name="Present">Whether the request carries any of the three (it is BaRS traffic).</param>
/// <param name="IsValid">Whether the two ids are UUIDs and the target identifier, when given, is well formed.</param>
/// <param name="RequestId">The X-Request-Id as sent.</param>
/// <param name="CorrelationId">The X-Correlation-Id as sent.</param>
/// <param name="TargetSystem">The target identifier's system.</param>
/// <param name="TargetValue">The target identifier's value.</param>
internal sealed record BarsHeaders(bool Present, bool IsValid, string? RequestId, string? CorrelationId, string? TargetSystem, string? TargetValue)
{
    /// <summary>The request id header.</summary>
    public const string RequestIdHeader = "X-Request-Id";

    /// <summary>The correlation id header.</summary>
    public const string CorrelationIdHeader = "X-Correlation-Id";

    /// <summary>Reads the BaRS headers of <paramref name="request"/>.</summary>
    public static BarsHeaders Read(HttpRequest request)
    {
        var requestId = Header(request, RequestIdHeader);
        var correlationId = Header(request, CorrelationIdHeader);
        var target = Header(request, BarsMessages.TargetIdentifierHeader);
        var (system, value, targetValid) = target is null ? (null, null, true) : ReadTarget(target);
        var valid = Guid.TryParse(requestId, out _) && Guid.TryParse(correlationId, out _) && targetValid;
        return new BarsHeaders(requestId is not null || correlationId is not null || target is not null, valid, requestId, correlationId, system, value);
    }

    /// <summary>Mirrors the request and correlation ids onto the response, as BaRS receivers do.</summary>
    public void Mirror(HttpResponse response)
    {
        if (RequestId is not null)
        {
            response.Headers[RequestIdHeader] = RequestId;
        }

        if (CorrelationId is not null)
        {
            response.Headers[CorrelationIdHeader] = CorrelationId;
        }
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count == 1 && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;

    // A malformed header is the sender's fault, reported as such: it never throws.
    private static (string? System, string? Value, bool Valid) ReadTarget(string header)
    {
        var buffer = new byte[header.Length];
        if (!Convert.TryFromBase64String(header.Trim(), buffer, out var length))
        {
            return (null, null, false);
        }

        try
        {
            using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                && root.TryGetProperty("system", out var system) && system.ValueKind == JsonValueKind.String
                ? (system.GetString(), text, true)
                : (null, null, false);
        }
        catch (JsonException)
        {
            return (null, null, false);
        }
    }
}
