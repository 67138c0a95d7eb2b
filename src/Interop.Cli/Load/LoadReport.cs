namespace Interop.Cli.Load;

/// <summary>Everything one <c>interop load</c> run measured.</summary>
/// <param name="Url">The host.</param>
/// <param name="Fixture">The fixture's file name.</param>
/// <param name="FixtureBytes">Its size.</param>
/// <param name="Mode">The load shape.</param>
/// <param name="Accept">How the posts were answered.</param>
/// <param name="Delivery">How far the accepted copies got.</param>
/// <param name="SqliteCommitsPerSecond">This machine's durable single-writer SQLite commit rate, the ceiling of one commit per message.</param>
/// <param name="HostMemory">The host's memory, when its process id was given.</param>
internal sealed record LoadReport(
    string Url,
    string Fixture,
    int FixtureBytes,
    string Mode,
    int Warmup,
    AcceptFigures Accept,
    DeliveryFigures Delivery,
    double SqliteCommitsPerSecond,
    HostMemory? HostMemory)
{
    /// <summary>True when every copy was accepted and delivered.</summary>
    public bool AllDelivered => Accept.Accepted == Accept.Sent && Delivery.Delivered == Accept.Sent;
}
