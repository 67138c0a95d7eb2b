using System.Text.Json;

namespace Interop.Cli.Conformance;

/// <summary>Tells FHIR JSON resources from other JSON files (package manifests) by a top-level <c>resourceType</c>.</summary>
internal static class JsonResourceSniffer
{
    // resourceType comes first in almost every resource, so the head of the file nearly always decides.
    private const int HeadLength = 4096;

    /// <summary>Why the file is not a FHIR resource, or null when it is one (or is too broken to tell: the parser then reports it).</summary>
    public static string? SkipReason(string path)
    {
        byte[] head;
        bool isWholeFile;
        using (var stream = File.OpenRead(path))
        {
            head = new byte[(int)Math.Min(stream.Length, HeadLength)];
            stream.ReadExactly(head);
            isWholeFile = head.Length == stream.Length;
        }

        var hasResourceType = HasResourceType(head, isWholeFile) ?? HasResourceType(File.ReadAllBytes(path), isFinalBlock: true);
        return hasResourceType == false ? "no resourceType" : null;
    }

    /// <summary>Whether the root object has a <c>resourceType</c>; null when <paramref name="json"/> ends before that is known.</summary>
    private static bool? HasResourceType(ReadOnlySpan<byte> json, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(Utf8Bom.Strip(json), isFinalBlock, default);
        try
        {
            if (!reader.Read())
            {
                return isFinalBlock ? false : null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("resourceType"u8))
                {
                    return true;
                }

                if (!reader.Read() || !reader.TrySkip())
                {
                    return null;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject ? false : null;
        }
        catch (JsonException)
        {
            return true;
        }
    }
}
