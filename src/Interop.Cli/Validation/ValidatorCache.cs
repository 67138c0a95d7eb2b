using System.Collections.Concurrent;
using Interop.Fhir.Introspection;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;

namespace Interop.Cli.Validation;

/// <summary>One validator per model and set of conformance sources, built on first use and shared after: loading packages is the slow part.</summary>
/// <param name="options">The options of every validator made, their terminology service aside (each gets its store's).</param>
internal sealed class ValidatorCache(ValidatorOptions? options = null)
{
    private readonly ConcurrentDictionary<string, Lazy<FhirValidator>> _validators = new(StringComparer.Ordinal);

    /// <summary>The validator over <paramref name="sources"/> (package folders, <c>.tgz</c> files or resource files) read with <paramref name="model"/>.</summary>
    public FhirValidator For(ModelInfo model, IReadOnlyList<string> sources)
    {
        var key = $"{model.FhirVersion}|{string.Join('|', sources)}";
        return _validators.GetOrAdd(key, _ => new Lazy<FhirValidator>(() => Create(model, sources))).Value;
    }

    private FhirValidator Create(ModelInfo model, IReadOnlyList<string> sources)
    {
        var store = ConformanceStore.Load(model, sources);
        return new FhirValidator(store, (options ?? ValidatorOptions.Default) with { Terminology = TerminologyServiceFactory.Create(store) });
    }
}
