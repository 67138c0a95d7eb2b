using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Benchmarks;

/// <summary>Typed XML parse and serialize of Bundle-resources (written as XML by our serializer), against XDocument.</summary>
[Config(typeof(BenchmarkConfig))]
public class XmlBundleBenchmarks
{
    private readonly FhirXmlParser _parser = new(Interop.Fhir.R4.FhirModel.Instance);
    private readonly FhirXmlSerializer _serializer = new();
    private byte[] _xml = [];
    private Interop.Fhir.Base _resource = null!;

    [GlobalSetup]
    public void Setup()
    {
        _resource = new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(Corpus.ResourcesBundle()).Resource!;
        _xml = _serializer.SerializeToUtf8Bytes(_resource);
    }

    [Benchmark(Baseline = true)]
    public int XDocumentLoad()
    {
        using var stream = new MemoryStream(_xml, writable: false);
        return XDocument.Load(stream).Root!.Name.LocalName.Length;
    }

    [Benchmark]
    public object? TypedParse() => _parser.Parse(_xml).Resource;

    [Benchmark]
    public long TypedSerialize()
    {
        using var stream = new CountingStream();
        _serializer.Serialize(_resource, stream);
        return stream.Length;
    }
}
