using Interop.Fhir.Validation.Packages;
using Interop.Cli.Validation;

namespace Interop.Cli.Conformance.Validator;

/// <summary>Runs the R4 selection of HL7's validator suite from the shared folder against the engine's validator.</summary>
internal static class ValidatorConformance
{
    /// <summary>The FHIR extensions pack for R4, as <c>scripts/fetch-fhir-packages.sh</c> installs it in the package cache.</summary>
    public const string ExtensionsPack = "hl7.fhir.uv.extensions.r4";

    /// <summary>
    /// A runner over the suite in <paramref name="paths"/>' shared folder, with the core R4 package and the extensions pack
    /// (which the reference loads whatever the case) from its package cache.
    /// </summary>
    public static ValidatorTestRunner CreateR4Runner(ConformancePaths paths) => new(
        ValidatorTestSuite.Folder(paths.Shared),
        [CorePackages.Folder(paths.Packages, Interop.Fhir.R4.FhirModel.Instance), Path.Combine(paths.Packages, ExtensionsPack, "package")],
        new ValidatorCache());

    /// <summary>Runs every selected R4 case, in manifest order.</summary>
    public static ValidatorSuiteOutcome RunR4(ConformancePaths paths)
    {
        var tests = ValidatorTestSuite.LoadR4(ValidatorTestSuite.ManifestFile(paths.Shared));
        var runner = CreateR4Runner(paths);
        return new ValidatorSuiteOutcome(ValidatorTestSuite.R4Name, [.. tests.Select(runner.Run)]);
    }
}
