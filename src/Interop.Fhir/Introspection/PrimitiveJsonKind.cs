namespace Interop.Fhir.Introspection;

/// <summary>How a primitive's value is written in JSON.</summary>
public enum PrimitiveJsonKind
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON number, written with its original text.</summary>
    Number,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,
}
