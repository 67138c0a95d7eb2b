using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>
/// What the compiler knows of a sub-expression's items, for strict checks: the FHIR types they can have, or their System
/// type, or nothing (both null); and whether their order is undefined.
/// </summary>
internal sealed record StaticType(ClassMapping[]? Types, SystemType? System, bool Unordered = false)
{
    /// <summary>Nothing is known.</summary>
    public static StaticType Unknown { get; } = new(null, null);

    /// <summary>Items of one System type.</summary>
    public static StaticType Of(SystemType system) => new(null, system);

    /// <summary>Items of one FHIR type.</summary>
    public static StaticType Of(ClassMapping type) => new([type], null);

    /// <summary>Whether anything is known of the items' types.</summary>
    public bool IsKnown => Types is not null || System is not null;
}
