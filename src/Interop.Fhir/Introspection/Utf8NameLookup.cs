using System.Text;

namespace Interop.Fhir.Introspection;

/// <summary>
/// Finds a value by a name given as UTF-8 bytes, so a parser can look up the property names it reads without decoding
/// them: an open-addressing table with linear probing, at most half full.
/// </summary>
internal sealed class Utf8NameLookup<TValue>
{
    private readonly byte[]?[] _names;
    private readonly TValue[] _values;
    private readonly int _mask;

    public Utf8NameLookup(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        var size = 4;
        while (size < entries.Count * 2)
        {
            size *= 2;
        }

        _names = new byte[size][];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (name, value) in entries)
        {
            var utf8 = Encoding.UTF8.GetBytes(name);
            var slot = Slot(utf8);
            while (_names[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _names[slot] = utf8;
            _values[slot] = value;
        }
    }

    public bool TryGetValue(ReadOnlySpan<byte> name, out TValue value)
    {
        for (var slot = Slot(name); _names[slot] is { } candidate; slot = (slot + 1) & _mask)
        {
            if (name.SequenceEqual(candidate))
            {
                value = _values[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    private int Slot(ReadOnlySpan<byte> name)
    {
        // The length and three of the bytes: enough to tell one type's element names apart almost always, in a few
        // cycles whatever the length; the comparison in TryGetValue settles the rest.
        if (name.IsEmpty)
        {
            return 0;
        }

        var hash = ((uint)name.Length * 0x9E3779B1u) ^ (name[0] * 0x85EBCA77u) ^ (name[^1] * 0xC2B2AE3Du) ^ (name[name.Length / 2] * 0x27D4EB2Fu);
        return (int)(hash ^ (hash >> 16)) & _mask;
    }
}
