namespace Interop.Fhir.Serialization.Xml;

/// <summary>The namespaces FHIR XML uses.</summary>
internal static class XmlNamespaces
{
    public const string Fhir = "http://hl7.org/fhir";

    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary><see cref="Xhtml"/> as UTF-8.</summary>
    public static ReadOnlySpan<byte> XhtmlUtf8 => "http://www.w3.org/1999/xhtml"u8;

    /// <summary>Namespace declarations (<c>xmlns</c>, <c>xmlns:x</c>) are reported as attributes in this namespace.</summary>
    public const string Xmlns = "http://www.w3.org/2000/xmlns/";

    /// <summary>Schema instance attributes such as <c>xsi:schemaLocation</c> appear on many published examples.</summary>
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
}
