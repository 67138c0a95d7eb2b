namespace Interop.Fhir.Introspection;

/// <summary>How an element is represented in FHIR XML.</summary>
public enum XmlRepresentation
{
    /// <summary>A child element (the default).</summary>
    Element,

    /// <summary>An attribute of the parent element (<c>id</c>, <c>Extension.url</c>).</summary>
    Attribute,

    /// <summary>An XHTML <c>div</c> element in the XHTML namespace (<c>Narrative.div</c>).</summary>
    Xhtml,
}
