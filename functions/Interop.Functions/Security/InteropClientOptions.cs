namespace Interop.Functions.Security;

/// <summary>What one client may do; bound from <c>Interop:Security:Clients:{client id}</c>.</summary>
internal sealed class InteropClientOptions
{
    /// <summary><c>sender</c> (posts messages to <c>/fhir</c>) or <c>operator</c> (uses <c>/api</c>).</summary>
    public string? Role { get; set; }

    /// <summary>For senders: the ODS codes the client may send as.</summary>
    public List<string> SenderOds { get; set; } = [];

    /// <summary>For senders: the event codes the client may send (e.g. <c>ITK014M</c>, <c>servicerequest-request</c>, <c>transaction</c>, <c>batch</c>).</summary>
    public List<string> Events { get; set; } = [];
}
