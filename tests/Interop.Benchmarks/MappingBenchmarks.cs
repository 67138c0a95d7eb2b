using BenchmarkDotNet.Attributes;
using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Pipeline;
using Interop.Engine.Receiving;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;
using Interop.Fhir.Validation.Validation;
using Interop.Testing;

namespace Interop.Benchmarks;

/// <summary>
/// What the engine makes of one Update Record (the real Pharmacy First example, 36.5 KB of STU3 XML, made valid) for its
/// two destinations — R4 JSON for the patient's GP system and the conditional transaction for the Shared Care Record — and
/// the same outputs validated against UK Core, on one core after warm-up. Run it pinned to one core:
/// <c>taskset -c 0 dotnet run --project tests/Interop.Benchmarks -c Release -- --filter '*MappingBenchmarks*'</c>. On a shared
/// machine the minimum is the figure least disturbed by other work; the mean and median say how disturbed it was.
/// </summary>
[Config(typeof(InProcessBenchmarkConfig))]
[MinColumn]
[MedianColumn]
public class MappingBenchmarks
{
    private const string ItkMessageHandling = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-ITK-MessageHandling-2";

    private static readonly Destination GpSystem = Destination("gp-a81001", DestinationKind.GpSystem);
    private static readonly Destination SharedCareRecord = Destination("shcr-demo", DestinationKind.SharedCareRecord);

    private readonly FhirJsonParser _r4Parser = new(Interop.Fhir.R4.FhirModel.Instance);
    private FhirValidator _ukCore = null!;
    private byte[] _payload = [];
    private StoredMessage _message = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The goal is per message on one core. BenchmarkDotNet's affinity setting pins only the process's main thread on Linux, not
        // the thread it runs benchmarks on, so the process itself must start pinned (taskset -c 0), which the runtime sees here.
        if (Environment.ProcessorCount != 1)
        {
            throw new InvalidOperationException("Run the mapping benchmarks on one core: taskset -c 0 dotnet run ... (see the class summary).");
        }

        var model = Interop.Fhir.R4.FhirModel.Instance;
        var store = ConformanceStore.Load(model, [CorePackages.Folder(model), SharedFiles.Path("nhs", "ukcore-r4")]);
        _ukCore = new FhirValidator(store, new ValidatorOptions
        {
            Terminology = TerminologyServiceFactory.Create(store),
            // The conversion keeps the ITK3 transport extension on the MessageHeader (CNV007); UK Core does not define it.
            AllowedExtensionDomains = [ItkMessageHandling],
        });
        _payload = UpdateRecordExample.Bytes(xml => WithEncounterClass(xml));
        var parsed = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(_payload).Resource!;
        _message = new StoredMessage(Guid.NewGuid().ToString(), DateTimeOffset.UnixEpoch, "demo-pharmacy", FhirVersions.Stu3,
            FhirVersions.XmlMediaType, EnvelopeReader.Read(parsed).Envelope, MessageStatus.Received, null, [], []);

        // A benchmark of a path that fails or produces invalid output would measure nothing worth reporting.
        var errors = Errors(GpOutput()).Select(e => "GP " + e).Concat(Errors(SharedCareRecordOutput()).Select(e => "ShCR " + e)).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The outputs do not validate against UK Core: " + string.Join("; ", errors));
        }
    }

    /// <summary>The Update Record converted to R4 JSON for an R4 GP system.</summary>
    [Benchmark]
    public byte[] GpOutput() => Format(GpSystem);

    /// <summary>The Update Record converted to R4 and mapped to the Shared Care Record's conditional transaction.</summary>
    [Benchmark]
    public byte[] SharedCareRecordOutput() => Format(SharedCareRecord);

    /// <summary>Both outputs, each parsed back and validated against UK Core: map + validate, per message.</summary>
    [Benchmark(Baseline = true)]
    public int MapAndValidate() => Validate(GpOutput()).Issues.Count + Validate(SharedCareRecordOutput()).Issues.Count;

    /// <summary>
    /// The example's Encounter has no class, optional in STU3 and required in R4, which the conversion cannot invent: the
    /// sender's system would set it, here to ambulatory.
    /// </summary>
    private static string WithEncounterClass(string xml)
    {
        const string Status = """<status value="finished" />""";
        var at = xml.IndexOf(Status, StringComparison.Ordinal);
        return at < 0 || xml.IndexOf(Status, at + 1, StringComparison.Ordinal) >= 0
            ? throw new InvalidOperationException("The example no longer has one finished Encounter.")
            : xml.Insert(at + Status.Length, """<class><system value="http://hl7.org/fhir/v3/ActCode" /><code value="AMB" /></class>""");
    }

    private static Destination Destination(string id, DestinationKind kind) => new(
        id, id, new Uri($"https://{id}.example/fhir"), DestinationFhirVersion.R4, DestinationFormat.Json, kind, [], new DestinationAuthOptions(),
        TimeSpan.FromSeconds(30), new DestinationRetryOptions(), new DestinationCircuitBreakerOptions());

    private byte[] Format(Destination destination) =>
        PayloadFormatter.ForDestination(_payload, new PayloadModels(_message, _payload), _message, destination).Body
        ?? throw new InvalidOperationException($"The {destination.Kind} output failed.");

    private ValidationResult Validate(byte[] output) => _ukCore.Validate(_r4Parser.Parse(output).Resource!);

    private IEnumerable<string> Errors(byte[] output) =>
        Validate(output).Issues.Where(i => i.IsError).Select(i => $"{i.Code} at {i.Expression}");
}
