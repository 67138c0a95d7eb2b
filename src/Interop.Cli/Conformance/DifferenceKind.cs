namespace Interop.Cli.Conformance;

/// <summary>How a document differs from the one it should equal at the first point of difference.</summary>
internal enum DifferenceKind
{
    /// <summary>The expected property, item, element, attribute or text is absent.</summary>
    Missing,

    /// <summary>Something is present that the expected document does not have.</summary>
    Unexpected,

    /// <summary>Both have a value there, but not the same one (for JSON numbers: not the same text).</summary>
    ValueDiffers,

    /// <summary>Both have something there, but of another kind (a string for a number, text for an element).</summary>
    KindDiffers,

    /// <summary>An element has another name or namespace.</summary>
    NameDiffers,
}
