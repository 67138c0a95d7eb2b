namespace Interop.Functions.Security;

/// <summary>A configured client, resolved from its options.</summary>
/// <param name="Name">The client id its tokens carry.</param>
/// <param name="Role">What it is for.</param>
/// <param name="SenderOds">The ODS codes it may send as (senders only; compared ignoring case).</param>
/// <param name="Events">The event codes it may send (senders only; compared exactly).</param>
internal sealed record InteropClient(string Name, ClientRole Role, IReadOnlySet<string> SenderOds, IReadOnlySet<string> Events);
