using System.Text;

namespace Interop.Fhir.Serialization.Json;

/// <summary>
/// The strings a parser reads again and again (extension URLs, element ids), shared instead of allocated each time: a
/// small table of the last ASCII string seen per hash slot, so a lookup is one hash and one compare. Threads may race
/// on a slot; a lost write only costs a miss.
/// </summary>
internal static class RepeatedStrings
{
    private const int SlotCount = 1024;
    private const int MaxLength = 128;

    private static readonly string?[] Slots = new string?[SlotCount];

    /// <summary>The text of <paramref name="utf8"/>, shared with earlier reads of the same ASCII text.</summary>
    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength || !Ascii.IsValid(utf8))
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var hash = new HashCode();
        hash.AddBytes(utf8);
        ref var slot = ref Slots[hash.ToHashCode() & (SlotCount - 1)];
        var cached = slot;
        if (cached is not null && Ascii.Equals(utf8, cached))
        {
            return cached;
        }

        var text = Encoding.ASCII.GetString(utf8);
        slot = text;
        return text;
    }
}
