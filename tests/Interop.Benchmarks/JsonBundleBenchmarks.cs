using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Interop.Fhir.Serialization.Json;

namespace Interop.Benchmarks;

/// <summary>Typed JSON parse and serialize of the 35 MB Bundle-resources.json, against System.Text.Json's JsonDocument.</summary>
[Config(typeof(BenchmarkConfig))]
public class JsonBundleBenchmarks
{
    private readonly FhirJsonParser _parser = new(Interop.Fhir.R4.FhirModel.Instance);
    private readonly FhirJsonSerializer _serializer = new();
    private byte[] _json = [];
    private Interop.Fhir.Base _resource = null!;
    private JsonDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = Corpus.ResourcesBundle();
        _resource = _parser.Parse(_json).Resource!;
        _document = JsonDocument.Parse(_json);
    }

    [GlobalCleanup]
    public void Cleanup() => _document.Dispose();

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_json);
        return (int)document.RootElement.ValueKind;
    }

    // Without a copy, as JsonDocument.Parse reads its byte[]: both keep the caller's bytes instead.
    [Benchmark]
    public object? TypedParse() => _parser.Parse(_json.AsMemory()).Resource;

    [Benchmark]
    public long JsonDocumentWriteTo()
    {
        using var stream = new CountingStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            _document.WriteTo(writer);
        }

        return stream.Length;
    }

    [Benchmark]
    public long TypedSerialize()
    {
        using var stream = new CountingStream();
        _serializer.Serialize(_resource, stream);
        return stream.Length;
    }
}
