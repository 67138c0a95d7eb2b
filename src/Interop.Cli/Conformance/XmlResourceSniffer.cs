using System.Xml;

namespace Interop.Cli.Conformance;

/// <summary>Tells FHIR XML resources from other XML files (test definitions) by the namespace of the root element.</summary>
internal static class XmlResourceSniffer
{
    private const string FhirNamespace = "http://hl7.org/fhir";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    /// <summary>Why the file is not a FHIR resource, or null when it is one (or is too broken to tell: the parser then reports it).</summary>
    public static string? SkipReason(string path)
    {
        using var reader = XmlReader.Create(path, Settings);
        try
        {
            reader.MoveToContent();
        }
        catch (XmlException)
        {
            return null;
        }

        return reader.NamespaceURI == FhirNamespace
            ? null
            : $"root element {reader.LocalName} is not in the FHIR namespace";
    }
}
