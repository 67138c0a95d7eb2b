namespace Interop.Fhir;

/// <summary>A FHIR primitive: its value is kept as the exact lexical text it was read with.</summary>
public interface IPrimitive
{
    /// <summary>The value as written on the wire (<c>1.50</c> stays <c>1.50</c>), or null when only id/extensions are present.</summary>
    string? RawValue { get; set; }

    /// <summary>
    /// The value as the UTF-8 bytes a parser read it as, until <see cref="RawValue"/> is set; empty when the value was set as
    /// text. The JSON parser stores values this way and <see cref="RawValue"/> decodes them on first read.
    /// </summary>
    ReadOnlyMemory<byte> RawUtf8 { get; set; }

    /// <summary>Whether there is a value, answered without decoding it.</summary>
    bool HasValue => !RawUtf8.IsEmpty || RawValue is not null;
}
