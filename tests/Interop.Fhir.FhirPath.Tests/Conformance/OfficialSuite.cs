using Interop.Cli.Conformance;
using Interop.Cli.Conformance.FhirPath;
using Interop.Engine.Local;

namespace Interop.Fhir.FhirPath.Tests.Conformance;

/// <summary>HL7's R4 FHIRPath suite from <c>../shared</c>, loaded once, with one runner whose parsed inputs every test shares.</summary>
internal static class OfficialSuite
{
    private static readonly Lazy<string> SharedFolder = new(() =>
        ConformancePaths.ForRepository(RepositoryRoot.Find() ?? throw new InvalidOperationException("Interop.sln not found above the tests")).Shared);

    private static readonly Lazy<IReadOnlyDictionary<string, FhirPathTestCase>> TestsById = new(() =>
        FhirPathTestSuite.Load(FhirPathTestSuite.R4File(SharedFolder.Value)).ToDictionary(t => t.Id, StringComparer.Ordinal));

    private static readonly Lazy<FhirPathTestRunner> SharedRunner = new(() => FhirPathConformance.CreateR4Runner(SharedFolder.Value));

    private static readonly Lazy<FhirPathTestRunner> SharedOtherFormatRunner = new(() => FhirPathConformance.CreateR4Runner(SharedFolder.Value, otherFormat: true));

    /// <summary>The folder holding the suite's input files.</summary>
    public static string InputFolder => FhirPathTestSuite.R4InputFolder(SharedFolder.Value);

    /// <summary>Every test's id, in suite order.</summary>
    public static IEnumerable<string> Ids => TestsById.Value.Keys;

    /// <summary>Every test.</summary>
    public static IEnumerable<FhirPathTestCase> Tests => TestsById.Value.Values;

    /// <summary>The test with id <paramref name="id"/>.</summary>
    public static FhirPathTestCase Test(string id) => TestsById.Value[id];

    /// <summary>The runner over the suite's inputs.</summary>
    public static FhirPathTestRunner Runner => SharedRunner.Value;

    /// <summary>The runner over the suite's inputs written in the other format and read back (XML as JSON, JSON as XML).</summary>
    public static FhirPathTestRunner OtherFormatRunner => SharedOtherFormatRunner.Value;
}
