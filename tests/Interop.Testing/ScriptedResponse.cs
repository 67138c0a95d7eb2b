using System.Globalization;

namespace Interop.Testing;

/// <summary>How a <see cref="LoopbackReceiver"/> answers one request.</summary>
/// <param name="Status">The HTTP status to answer with.</param>
/// <param name="Headers">Response headers to add.</param>
/// <param name="Hang">True to never answer, so the client's timeout fires.</param>
public sealed record ScriptedResponse(int Status, IReadOnlyDictionary<string, string>? Headers = null, bool Hang = false)
{
    /// <summary>200 OK with no body.</summary>
    public static ScriptedResponse Ok { get; } = new(200);

    /// <summary>No answer until the client gives up.</summary>
    public static ScriptedResponse Hanging { get; } = new(0, Hang: true);

    /// <summary>The given status with no body.</summary>
    public static ScriptedResponse WithStatus(int status) => new(status);

    /// <summary>The given status (e.g. 429 or 503) with <c>Retry-After</c> in seconds.</summary>
    public static ScriptedResponse RetryAfter(int status, int seconds) =>
        new(status, new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture) });
}
