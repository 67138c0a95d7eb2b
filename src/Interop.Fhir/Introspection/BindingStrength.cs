namespace Interop.Fhir.Introspection;

/// <summary>The strength of an element's terminology binding.</summary>
public enum BindingStrength
{
    /// <summary>No binding.</summary>
    None,

    /// <summary>The code must come from the value set.</summary>
    Required,

    /// <summary>The code must come from the value set where a suitable code exists.</summary>
    Extensible,

    /// <summary>The value set is recommended.</summary>
    Preferred,

    /// <summary>The value set gives examples only.</summary>
    Example,
}
