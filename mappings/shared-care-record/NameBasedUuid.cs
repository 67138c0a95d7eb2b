using System.Security.Cryptography;
using System.Text;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 8, SHA-256): the same name always gives the same UUID, so fullUrls, derived
/// identifiers and the Provenance id repeat exactly when a message is replayed.
/// </summary>
internal static class NameBasedUuid
{
    // Fixed for the Shared Care Record mapping: changing it would change every derived key already written to the record.
    private static readonly Guid Namespace = new("5f0c1d2e-8a43-4c6b-9e1f-3b7d2a6c9e40");

    /// <summary>The UUID for <paramref name="name"/>, as <c>urn:uuid:...</c>.</summary>
    public static string Urn(string name) => "urn:uuid:" + Create(name).ToString("D");

    /// <summary>The UUID for <paramref name="name"/>.</summary>
    public static Guid Create(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        Span<byte> uuid = stackalloc byte[16];
        SHA256.HashData(input).AsSpan(0, 16).CopyTo(uuid);
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x80);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true);
    }
}
