using Interop.Fhir.Introspection;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Packages;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>A resolver that answers with definitions written in a test first, then with a loaded store.</summary>
internal sealed class LayeredResolver(IConformanceResolver inner, params StructureDefinitionInfo[] definitions) : IConformanceResolver
{
    public ModelInfo Model => inner.Model;

    public StructureDefinitionInfo? FindStructureDefinition(string canonical) =>
        definitions.FirstOrDefault(d => d.Url == canonical.Split('|')[0]) ?? inner.FindStructureDefinition(canonical);

    public Base? FindResource(string resourceType, string canonical) => inner.FindResource(resourceType, canonical);
}
