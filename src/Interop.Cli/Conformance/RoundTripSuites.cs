using R4 = Interop.Fhir.R4;
using Stu3 = Interop.Fhir.Stu3;

namespace Interop.Cli.Conformance;

/// <summary>The five round-trip suites over the FHIR example packages and the shared HL7 and NHS XML.</summary>
internal sealed class RoundTripSuites
{
    private readonly Dictionary<string, RoundTripSuite> _byName;

    /// <summary>Defines the suites over the folders in <paramref name="paths"/>; nothing is read until files are asked for.</summary>
    public RoundTripSuites(ConformancePaths paths)
    {
        var r4Examples = PackageSource(paths.Packages, "hl7.fhir.r4.examples", R4.FhirModel.Instance, KnownInvalidExamples.R4);
        var stu3Examples = PackageSource(paths.Packages, "hl7.fhir.r3.examples", Stu3.FhirModel.Instance, KnownInvalidExamples.Stu3);
        SuiteSource[] sharedXml =
        [
            SharedSource(paths.Shared, "fhir-test-cases/r4", R4.FhirModel.Instance),
            SharedSource(paths.Shared, "nhs/ukcore-r4", R4.FhirModel.Instance),
            SharedSource(paths.Shared, "nhs/bars-r4", R4.FhirModel.Instance),
            SharedSource(paths.Shared, "nhs/gpconnect-update-record-stu3", Stu3.FhirModel.Instance),
        ];

        All =
        [
            new RoundTripSuite(SuiteNames.R4Json, [r4Examples], new JsonRoundTrip()),
            new RoundTripSuite(SuiteNames.Stu3Json, [stu3Examples], new JsonRoundTrip()),
            new RoundTripSuite(SuiteNames.R4JsonXmlJson, [r4Examples], new JsonXmlJsonRoundTrip()),
            new RoundTripSuite(SuiteNames.Stu3JsonXmlJson, [stu3Examples], new JsonXmlJsonRoundTrip()),
            new RoundTripSuite(SuiteNames.NhsXml, sharedXml, new XmlRoundTrip()),
        ];
        _byName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    /// <summary>Every suite, in report order.</summary>
    public IReadOnlyList<RoundTripSuite> All { get; }

    /// <summary>The suite called <paramref name="name"/> (one of <see cref="SuiteNames"/>).</summary>
    public RoundTripSuite this[string name] => _byName[name];

    private static SuiteSource PackageSource(string packages, string packageName, Fhir.Introspection.ModelInfo model, IReadOnlyDictionary<string, KnownInvalidExample> knownInvalid)
    {
        var directory = Path.Combine(packages, packageName, "package");
        return new SuiteSource(directory, directory, SourceFormat.Json, recursive: false, model, knownInvalid);
    }

    private static SuiteSource SharedSource(string shared, string folder, Fhir.Introspection.ModelInfo model) =>
        new(Path.Combine(shared, folder), shared, SourceFormat.Xml, recursive: true, model, KnownInvalidExamples.Shared);
}
