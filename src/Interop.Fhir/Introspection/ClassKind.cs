namespace Interop.Fhir.Introspection;

/// <summary>What kind of FHIR type a <see cref="ClassMapping"/> describes.</summary>
public enum ClassKind
{
    /// <summary>A primitive datatype (string, date, decimal, ...).</summary>
    Primitive,

    /// <summary>A complex datatype (HumanName, Quantity, Extension, ...).</summary>
    Complex,

    /// <summary>A resource (Patient, Bundle, ...), including the abstract Resource and DomainResource.</summary>
    Resource,

    /// <summary>A backbone element defined inline in a resource or datatype (Bundle.entry, ...).</summary>
    Backbone,
}
