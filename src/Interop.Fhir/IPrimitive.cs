namespace Interop.Fhir;

/// <summary>A FHIR primitive: its value is kept as the exact lexical text it was read with.</summary>
public interface IPrimitive
{
    /// <summary>The value as written on the wire (<c>1.50</c> stays <c>1.50</c>), or null when only id/extensions are present.</summary>
    string? RawValue { get; set; }
}
