namespace Interop.Cli.Load;

/// <summary>The answer to one posted copy.</summary>
/// <param name="Outcome">The HTTP status as text (<c>202</c>), or what went wrong without one (<c>timeout</c>, <c>connection</c>).</param>
/// <param name="LatencyMs">From when the request was due to when its answer was read.</param>
/// <param name="MessageId">The engine's id from the Location header, for a 2xx.</param>
internal readonly record struct AcceptSample(string Outcome, double LatencyMs, string? MessageId)
{
    /// <summary>True when the host accepted the copy.</summary>
    public bool IsAccepted => MessageId is not null;
}
