using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Interop.Fhir.Serialization.Json;

namespace Interop.Benchmarks;

/// <summary>Typed JSON parse and serialize of every R4 example (5,306 resources), against System.Text.Json's JsonDocument.</summary>
[Config(typeof(BenchmarkConfig))]
public class JsonExamplesBenchmarks
{
    private readonly FhirJsonParser _parser = new(Interop.Fhir.R4.FhirModel.Instance);
    private readonly FhirJsonSerializer _serializer = new();
    private byte[][] _files = [];
    private Interop.Fhir.Base[] _resources = [];
    private JsonDocument[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = Corpus.Examples();
        _resources = [.. _files.Select(f => _parser.Parse(f).Resource!)];
        _documents = [.. _files.Select(f => JsonDocument.Parse(f))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }
    }

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        var kinds = 0;
        foreach (var file in _files)
        {
            using var document = JsonDocument.Parse(file);
            kinds += (int)document.RootElement.ValueKind;
        }

        return kinds;
    }

    [Benchmark]
    public int TypedParse()
    {
        var issues = 0;
        foreach (var file in _files)
        {
            // Without a copy, as JsonDocument.Parse reads its byte[]: both keep the caller's bytes instead.
            issues += _parser.Parse(file.AsMemory()).Issues.Count;
        }

        return issues;
    }

    [Benchmark]
    public long JsonDocumentWriteTo()
    {
        using var stream = new CountingStream();
        foreach (var document in _documents)
        {
            using var writer = new Utf8JsonWriter(stream);
            document.WriteTo(writer);
        }

        return stream.Length;
    }

    [Benchmark]
    public long TypedSerialize()
    {
        using var stream = new CountingStream();
        foreach (var resource in _resources)
        {
            _serializer.Serialize(resource, stream);
        }

        return stream.Length;
    }
}
