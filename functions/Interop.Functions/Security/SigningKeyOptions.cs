namespace Interop.Functions.Security;

/// <summary>One trusted token-signing public key, as PEM text or a PEM file (exactly one of the two).</summary>
internal sealed class SigningKeyOptions
{
    /// <summary>The PEM text of a public key (<c>PUBLIC KEY</c>, <c>RSA PUBLIC KEY</c>) or certificate.</summary>
    public string? Pem { get; set; }

    /// <summary>A file holding such PEM text; relative paths are from the host's content root.</summary>
    public string? Path { get; set; }

    /// <summary>The key id tokens name in their <c>kid</c> header; by default the key's JWK thumbprint.</summary>
    public string? KeyId { get; set; }
}
