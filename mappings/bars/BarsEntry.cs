using Interop.Fhir.R4;

namespace Interop.Mappings.Bars;

/// <summary>A resource and the <c>urn:uuid</c> full URL it has in a message.</summary>
/// <param name="FullUrl">The entry's full URL, which references in the message use.</param>
/// <param name="Resource">The resource.</param>
public sealed record BarsEntry(string FullUrl, Resource Resource)
{
    /// <summary>A reference to this entry.</summary>
    public Reference ToReference() => new() { ReferenceElement = new FhirString(FullUrl) };
}
