using Interop.Fhir.Validation.Packages;

namespace Interop.Fhir.Validation.Terminology;

/// <summary>Builds the terminology service the validator checks bindings and <c>memberOf()</c> with.</summary>
public static class TerminologyServiceFactory
{
    /// <summary>A thread-safe service over the ValueSets and CodeSystems of <paramref name="resolver"/>; build one per package set.</summary>
    public static ITerminologyService Create(IConformanceResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return new TerminologyService(resolver);
    }
}
