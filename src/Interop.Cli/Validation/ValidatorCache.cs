using System.Collections.Concurrent;
using Interop.Fhir.Introspection;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;

namespace Interop.Cli.Validation;

/// <summary>One validator per model, set of conformance sources and options, built on first use and shared after: loading packages is the slow part.</summary>
internal sealed class ValidatorCache
{
    private readonly ConcurrentDictionary<string, Lazy<ConformanceStore>> _stores = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, ValidatorOptions), Lazy<FhirValidator>> _validators = new();

    /// <summary>
    /// The validator over <paramref name="sources"/> (package folders, <c>.tgz</c> files or resource files) read with
    /// <paramref name="model"/>, with <paramref name="options"/> (default <see cref="ValidatorOptions.Default"/>) and a terminology
    /// service over the sources.
    /// </summary>
    public FhirValidator For(ModelInfo model, IReadOnlyList<string> sources, ValidatorOptions? options = null)
    {
        var key = $"{model.FhirVersion}|{string.Join('|', sources)}";
        var settings = options ?? ValidatorOptions.Default;
        return _validators.GetOrAdd((key, settings), _ => new Lazy<FhirValidator>(() => Create(Store(key, model, sources), settings))).Value;
    }

    private ConformanceStore Store(string key, ModelInfo model, IReadOnlyList<string> sources) =>
        _stores.GetOrAdd(key, _ => new Lazy<ConformanceStore>(() => ConformanceStore.Load(model, sources))).Value;

    private static FhirValidator Create(ConformanceStore store, ValidatorOptions options) =>
        new(store, options with { Terminology = TerminologyServiceFactory.Create(store) });
}
