using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Recognises the narrative <c>div</c>, which XML writes as XHTML rather than as a FHIR element.</summary>
internal static class XhtmlProperty
{
    /// <summary>Whether <paramref name="property"/> holds XHTML.</summary>
    /// <remarks>The type is checked as well as the representation because the models mark Narrative.div only by its xhtml type.</remarks>
    public static bool Is(PropertyMapping property) =>
        property.Representation == XmlRepresentation.Xhtml
        || (property.TypeNames.Length == 1 && property.TypeNames[0] == "xhtml");
}
