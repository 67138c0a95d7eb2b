namespace Interop.Fhir;

/// <summary>A FHIR primitive: its value is kept as the exact lexical text it was read with.</summary>
public interface IPrimitive
{
    /// <summary>The value as written on the wire (<c>1.50</c> stays <c>1.50</c>), or null when only id/extensions are present.</summary>
    string? RawValue { get; set; }

    /// <summary>
    /// The value's lexical form, where parsers keep it: as the UTF-8 bytes it was read as until <see cref="RawValue"/> is
    /// read (which decodes it) or set (which replaces it).
    /// </summary>
    ref LexicalValue Lexical { get; }

    /// <summary>Whether there is a value, answered without decoding it.</summary>
    bool HasValue => Lexical.HasValue;
}
