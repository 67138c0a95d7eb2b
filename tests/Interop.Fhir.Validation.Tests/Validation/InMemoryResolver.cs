using Interop.Fhir.Introspection;
using Interop.Fhir.Validation.Definitions;
using Interop.Fhir.Validation.Packages;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>A resolver over definitions written in a test.</summary>
internal sealed class InMemoryResolver(ModelInfo model, params StructureDefinitionInfo[] definitions) : IConformanceResolver
{
    public ModelInfo Model => model;

    public StructureDefinitionInfo? FindStructureDefinition(string canonical) => definitions.FirstOrDefault(d => d.Url == canonical.Split('|')[0]);

    public Base? FindResource(string resourceType, string canonical) => null;
}
