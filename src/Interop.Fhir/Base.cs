using Interop.Fhir.Introspection;

namespace Interop.Fhir;

/// <summary>The root of every generated FHIR class: resources, datatypes, primitives and backbone elements.</summary>
public abstract class Base
{
    /// <summary>The metadata of this instance's FHIR type.</summary>
    public abstract ClassMapping ClassMapping { get; }
}
