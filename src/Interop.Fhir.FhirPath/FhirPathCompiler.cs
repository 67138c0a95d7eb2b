using System.Collections.Concurrent;
using Interop.Fhir.FhirPath.Evaluation;
using Interop.Fhir.FhirPath.Syntax;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath;

/// <summary>Parses and compiles FHIRPath expressions for one FHIR model, caching what it compiled; thread-safe.</summary>
public sealed class FhirPathCompiler
{
    // Expressions come from configuration and definitions, a bounded set; the cap only guards against a caller compiling data.
    private const int CacheCapacity = 10_000;

    private readonly ModelInfo _model;
    private readonly ConcurrentDictionary<(string, FhirPathCompileOptions), CompiledExpression> _cache = new();

    /// <summary>Creates a compiler for the model (e.g. <c>Interop.Fhir.R4.FhirModel.Instance</c>).</summary>
    public FhirPathCompiler(ModelInfo model) => _model = model;

    /// <summary>Compiles <paramref name="expression"/>, or returns it from the cache.</summary>
    /// <exception cref="FhirPathException">A syntax error (FP1xx) or a semantic error (FP2xx).</exception>
    public CompiledExpression Compile(string expression, FhirPathCompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        options ??= FhirPathCompileOptions.Default;
        if (_cache.TryGetValue((expression, options), out var cached))
        {
            return cached;
        }

        var syntax = FhirPathParser.Parse(expression);
        var compiled = new CompiledExpression(expression, _model, new ExpressionCompiler(_model, options).Compile(syntax));
        if (_cache.Count >= CacheCapacity)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd((expression, options), compiled);
    }
}
