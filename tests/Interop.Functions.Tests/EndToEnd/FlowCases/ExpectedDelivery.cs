namespace Interop.Functions.Tests.EndToEnd.FlowCases;

/// <summary>What a destination must have received: <see cref="Count"/> requests, the one for the latest message it got matching <see cref="Expected"/>.</summary>
internal sealed record ExpectedDelivery
{
    /// <summary>The file it must match, in the case's folder.</summary>
    public required string Expected { get; init; }

    /// <summary><c>bytes</c>: exactly the file (a message passed on as sent); <c>normalised</c>: a golden file, see <see cref="GoldenText"/>.</summary>
    public required string Compare { get; init; }

    /// <summary>How many requests it gets (1 unless the case sends several messages it receives, e.g. a replacement).</summary>
    public int Count { get; init; } = 1;

    /// <summary>The media type of the request's Content-Type.</summary>
    public required string ContentType { get; init; }
}
