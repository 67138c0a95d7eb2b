namespace Interop.Fhir.Serialization.Xml;

/// <summary>What the parser needs to know about the input before the root element, which the XML reader does not tell.</summary>
internal interface IXmlProlog
{
    /// <summary>Whether the input was already text, so an encoding declaration does not apply to it.</summary>
    bool IsText { get; }

    /// <summary>Whether the input starts with a UTF-16 or UTF-32 byte order mark.</summary>
    bool StartsWithNonUtf8ByteOrderMark { get; }

    /// <summary>Whether a document type declaration came before the root element.</summary>
    bool HasDoctype { get; }

    /// <summary>Called at the root element: nothing after it belongs to the prolog.</summary>
    void RootReached();
}
