using Interop.Fhir.FhirPath;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>Runs HL7's R4 FHIRPath suite from the shared folder against the engine.</summary>
internal static class FhirPathConformance
{
    /// <summary>
    /// A runner over the R4 suite's inputs in <paramref name="sharedFolder"/>, with a compiler for the R4 model; with
    /// <paramref name="otherFormat"/>, over each input converted to the other format (XML files read as JSON and the reverse).
    /// </summary>
    public static FhirPathTestRunner CreateR4Runner(string sharedFolder, bool otherFormat = false) => new(
        new FhirPathCompiler(Interop.Fhir.R4.FhirModel.Instance),
        new FhirPathInputs(FhirPathTestSuite.R4InputFolder(sharedFolder), Interop.Fhir.R4.FhirModel.Instance, otherFormat));

    /// <summary>Runs every test of the R4 suite in <paramref name="sharedFolder"/>, in suite order, over the inputs as given or in the other format.</summary>
    public static SuiteOutcome RunR4(string sharedFolder, bool otherFormat = false)
    {
        var tests = FhirPathTestSuite.Load(FhirPathTestSuite.R4File(sharedFolder));
        var runner = CreateR4Runner(sharedFolder, otherFormat);
        return new SuiteOutcome(otherFormat ? FhirPathTestSuite.R4Name + " (inputs in the other format)" : FhirPathTestSuite.R4Name, [.. tests.Select(runner.Run)]);
    }
}
