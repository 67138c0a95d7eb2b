using System.Collections.Concurrent;
using Interop.Fhir.FhirPath;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation;

/// <summary>
/// Validates resources against their type's definition, their declared profiles and profiles given by the caller, over
/// one set of packages. Build once per package set and reuse: definitions are prepared once; thread-safe.
/// </summary>
public sealed class FhirValidator
{
    private const string CoreDefinitions = "http://hl7.org/fhir/StructureDefinition/";

    private readonly ConcurrentDictionary<string, ElementTree?> _trees = new(StringComparer.Ordinal);

    /// <summary>Creates a validator over the definitions <paramref name="resolver"/> finds.</summary>
    public FhirValidator(IConformanceResolver resolver, ValidatorOptions? options = null)
    {
        Resolver = resolver;
        Options = options ?? ValidatorOptions.Default;
        FhirPath = new FhirPathCompiler(resolver.Model);
    }

    internal IConformanceResolver Resolver { get; }

    internal ValidatorOptions Options { get; }

    internal FhirPathCompiler FhirPath { get; }

    /// <summary>
    /// Validates <paramref name="resource"/> (and every resource inside it) against its declared profiles and
    /// <paramref name="profiles"/>, or its type's own definition when it declares none.
    /// </summary>
    public ValidationResult Validate(Base resource, IReadOnlyList<string>? profiles = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var run = new ValidationRun(this, resource);
        run.ValidateResource(resource, resource.ClassMapping.Name, profiles ?? []);
        return new ValidationResult(run.DistinctIssues());
    }

    /// <summary>The element tree of a definition, or null when no package has it (or it has no snapshot).</summary>
    internal ElementTree? Tree(string canonical) =>
        _trees.GetOrAdd(canonical, url => Resolver.FindStructureDefinition(url) is { } definition ? ElementTree.Build(definition) : null);

    /// <summary>The element tree of a core type (<c>Patient</c>, <c>HumanName</c>).</summary>
    internal ElementTree? CoreTree(string typeName) => Tree(CoreDefinitions + typeName);

    /// <summary>The type a core definition URL names (<c>Patient</c>), or null for any other URL.</summary>
    internal static string? CoreTypeOf(string canonical) =>
        canonical.StartsWith(CoreDefinitions, StringComparison.Ordinal) ? canonical[CoreDefinitions.Length..].Split('|')[0] : null;
}
