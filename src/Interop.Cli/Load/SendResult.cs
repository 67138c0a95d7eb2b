namespace Interop.Cli.Load;

/// <summary>What the sending phase saw.</summary>
/// <param name="Samples">One per copy, in send order.</param>
/// <param name="StartedAt">When the first copy was due.</param>
/// <param name="Elapsed">From the first copy due to the last answer read.</param>
internal sealed record SendResult(IReadOnlyList<AcceptSample> Samples, DateTimeOffset StartedAt, TimeSpan Elapsed);
