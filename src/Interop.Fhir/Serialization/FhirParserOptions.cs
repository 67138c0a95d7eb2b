namespace Interop.Fhir.Serialization;

/// <summary>How strictly a parser reads its input.</summary>
public sealed record FhirParserOptions
{
    /// <summary>The default: lenient, nesting up to 200 levels.</summary>
    public static FhirParserOptions Default { get; } = new();

    /// <summary>Strict mode: unknown elements, elements out of order and a non-UTF-8 declaration are errors, not warnings.</summary>
    public bool Strict { get; init; }

    /// <summary>The deepest nesting of objects/elements accepted; deeper input stops with a fatal issue (no stack overflow).</summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Whether to record where each element starts (<see cref="ParseResult.Positions"/>); off by default, as it costs memory.</summary>
    public bool TrackPositions { get; init; }
}
