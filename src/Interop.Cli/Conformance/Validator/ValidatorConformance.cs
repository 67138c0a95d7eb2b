using Interop.Fhir.Validation.Packages;
using Interop.Cli.Validation;

namespace Interop.Cli.Conformance.Validator;

/// <summary>Runs the R4 selection of HL7's validator suite from the shared folder against the engine's validator.</summary>
internal static class ValidatorConformance
{
    /// <summary>A runner over the suite in <paramref name="paths"/>' shared folder, with the core R4 package from its package cache.</summary>
    public static ValidatorTestRunner CreateR4Runner(ConformancePaths paths) => new(
        ValidatorTestSuite.Folder(paths.Shared),
        CorePackages.Folder(paths.Packages, Interop.Fhir.R4.FhirModel.Instance),
        new ValidatorCache());

    /// <summary>Runs every selected R4 case, in manifest order.</summary>
    public static ValidatorSuiteOutcome RunR4(ConformancePaths paths)
    {
        var tests = ValidatorTestSuite.LoadR4(ValidatorTestSuite.ManifestFile(paths.Shared));
        var runner = CreateR4Runner(paths);
        return new ValidatorSuiteOutcome(ValidatorTestSuite.R4Name, [.. tests.Select(runner.Run)]);
    }
}
