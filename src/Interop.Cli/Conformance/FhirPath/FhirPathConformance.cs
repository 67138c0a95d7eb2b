using Interop.Fhir.FhirPath;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>Runs HL7's R4 FHIRPath suite from the shared folder against the engine.</summary>
internal static class FhirPathConformance
{
    /// <summary>A runner over the R4 suite's inputs in <paramref name="sharedFolder"/>, with a compiler for the R4 model.</summary>
    public static FhirPathTestRunner CreateR4Runner(string sharedFolder) => new(
        new FhirPathCompiler(Interop.Fhir.R4.FhirModel.Instance),
        new FhirPathInputs(FhirPathTestSuite.R4InputFolder(sharedFolder), Interop.Fhir.R4.FhirModel.Instance));

    /// <summary>Runs every test of the R4 suite in <paramref name="sharedFolder"/>, in suite order.</summary>
    public static SuiteOutcome RunR4(string sharedFolder)
    {
        var tests = FhirPathTestSuite.Load(FhirPathTestSuite.R4File(sharedFolder));
        var runner = CreateR4Runner(sharedFolder);
        return new SuiteOutcome(FhirPathTestSuite.R4Name, [.. tests.Select(runner.Run)]);
    }
}
