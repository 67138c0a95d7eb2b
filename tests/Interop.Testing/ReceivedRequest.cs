namespace Interop.Testing;

/// <summary>A request a <see cref="LoopbackReceiver"/> received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path.</param>
/// <param name="Headers">The request and content headers, names case-insensitive.</param>
/// <param name="Body">The body bytes.</param>
public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The header's value, or null when it was not sent.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
