using BenchmarkDotNet.Attributes;
using Interop.Fhir;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;

namespace Interop.Benchmarks;

/// <summary>
/// Profile validation: a 33.6 KB Update Record message (STU3 XML) against the ITK3 and CareConnect profiles it declares,
/// after warm-up; and loading the UK Core package folder with every one of its snapshots generated.
/// </summary>
[Config(typeof(InProcessBenchmarkConfig))]
public class ValidationBenchmarks
{
    private static readonly string Shared = Path.Combine(Corpus.Root, "..", "shared", "nhs");
    private static readonly ModelInfo Stu3 = Interop.Fhir.Stu3.FhirModel.Instance;
    private static readonly ModelInfo R4 = Interop.Fhir.R4.FhirModel.Instance;

    private FhirValidator _validator = null!;
    private FhirXmlParser _parser = null!;
    private byte[] _message = [];
    private Base _parsed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var store = ConformanceStore.Load(Stu3, [CorePackages.Folder(Stu3), Path.Combine(Shared, "gpconnect-update-record-stu3", "conformance")]);
        _validator = new FhirValidator(store, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(store) });
        _parser = new FhirXmlParser(Stu3);
        _message = File.ReadAllBytes(Path.Combine(Shared, "gpconnect-update-record-stu3", "examples", "contraception-service--example-1.xml"));
        _parsed = _parser.Parse(_message).Resource!;
    }

    /// <summary>Validation alone, of the message already parsed.</summary>
    [Benchmark(Baseline = true)]
    public int ValidateUpdateRecord() => _validator.Validate(_parsed).Issues.Count;

    /// <summary>What the engine does with a message at the door: parse it, then validate it.</summary>
    [Benchmark]
    public int ParseAndValidateUpdateRecord() => _validator.Validate(_parser.Parse(_message).Resource!).Issues.Count;

    /// <summary>Loads core R4 and UK Core and generates the snapshot of every UK Core profile and extension (a cold start).</summary>
    [Benchmark]
    public int LoadUkCoreWithSnapshots()
    {
        var store = ConformanceStore.Load(R4, [CorePackages.Folder(R4), Path.Combine(Shared, "ukcore-r4")]);
        return store.Canonicals("StructureDefinition")
            .Where(c => c.StartsWith("https://fhir.hl7.org.uk/", StringComparison.Ordinal))
            .Sum(c => store.FindStructureDefinition(c)!.Snapshot.Count);
    }
}
