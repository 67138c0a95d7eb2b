using System.Security.Cryptography;
using System.Text;

namespace Interop.Mappings.Common;

/// <summary>Name-based UUIDs: the same input always gives the same id, so a replayed mapping gives the same message.</summary>
public static class DeterministicUuid
{
    /// <summary>A version-8 (custom) UUID from the SHA-256 of the parts, joined by a separator no part is expected to hold.</summary>
    public static string From(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)), hash);
        // RFC 9562: version 8 in the high nibble of byte 6, variant 10 in the top bits of byte 8.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString("D");
    }

    /// <summary>The <c>urn:uuid:</c> form of <see cref="From"/>.</summary>
    public static string Urn(params string[] parts) => "urn:uuid:" + From(parts);
}
