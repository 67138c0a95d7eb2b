using Interop.Fhir.Validation.Packages;
using Interop.Engine.Local;
using System.CommandLine;
using Interop.Cli.Conformance;
using Interop.Cli.Conformance.FhirPath;
using Interop.Cli.Conformance.Validator;
using Interop.Cli.Validation;

namespace Interop.Cli.Commands;

/// <summary>
/// <c>interop conformance roundtrip [--suite NAME]... [--packages DIR] [--shared DIR]</c>, <c>interop conformance fhirpath [--shared DIR] [--verbose]</c>
/// and <c>interop conformance validator [--packages DIR] [--shared DIR] [--verbose]</c>.
/// </summary>
internal static class ConformanceCommand
{
    /// <summary>Creates the <c>conformance</c> command with its <c>roundtrip</c>, <c>fhirpath</c> and <c>validator</c> sub-commands.</summary>
    public static Command Create()
    {
        var suites = new Option<string[]>("--suite") { Description = "A suite to run (repeatable); by default all." };
        suites.AcceptOnlyFromAmong([.. SuiteNames.All]);
        var packages = new Option<DirectoryInfo>("--packages") { Description = "The FHIR package cache; by default <repo>/.cache/fhir." };
        var shared = new Option<DirectoryInfo>("--shared") { Description = "The shared data folder; by default <repo>/../shared." };

        var roundTrip = new Command("roundtrip", "Round-trips the FHIR examples and the NHS XML through the parsers and serializers.") { suites, packages, shared };
        roundTrip.SetAction(parseResult => RunRoundTrip(
            parseResult.GetValue(suites) ?? [],
            parseResult.GetValue(packages),
            parseResult.GetValue(shared),
            parseResult.InvocationConfiguration));

        return new Command("conformance", "Runs conformance suites.") { roundTrip, CreateFhirPath(), CreateValidator() };
    }

    private static Command CreateFhirPath()
    {
        var shared = new Option<DirectoryInfo>("--shared") { Description = "The shared data folder; by default <repo>/../shared." };
        var verbose = new Option<bool>("--verbose") { Description = "Shows each test's group and each error's message." };
        var fhirPath = new Command(
            "fhirpath",
            $"Runs HL7's FHIRPath R4 suite against the engine; succeeds when at least {SuiteOutcome.RequiredPassRatio:P0} of its tests pass.") { shared, verbose };
        fhirPath.SetAction(parseResult => RunFhirPath(parseResult.GetValue(shared), parseResult.GetValue(verbose), parseResult.InvocationConfiguration));
        return fhirPath;
    }

    private static Command CreateValidator()
    {
        var packages = new Option<DirectoryInfo>("--packages") { Description = "The FHIR package cache holding the core R4 package; by default <repo>/.cache/fhir." };
        var shared = new Option<DirectoryInfo>("--shared") { Description = "The shared data folder; by default <repo>/../shared." };
        var verbose = new Option<bool>("--verbose") { Description = "Also lists the cases that agree on validity with another error count." };
        var validator = new Command(
            "validator",
            $"Runs the R4 cases of HL7's validator suite against the engine; succeeds when it agrees with the reference on at least {ValidatorSuiteOutcome.RequiredAgreementRatio:P0} of them.")
        { packages, shared, verbose };
        validator.SetAction(parseResult => RunValidator(
            parseResult.GetValue(packages), parseResult.GetValue(shared), parseResult.GetValue(verbose), parseResult.InvocationConfiguration));
        return validator;
    }

    private static int RunValidator(DirectoryInfo? packages, DirectoryInfo? shared, bool verbose, InvocationConfiguration console)
    {
        if (Paths(packages, shared, console) is not { } paths)
        {
            return ExitCodes.Usage;
        }

        var manifest = ValidatorTestSuite.ManifestFile(paths.Shared);
        var core = CorePackages.Folder(paths.Packages, Interop.Fhir.R4.FhirModel.Instance);
        if (!File.Exists(manifest) || !Directory.Exists(core))
        {
            console.Error.WriteLine(File.Exists(manifest)
                ? $"missing folder {core} (FHIR packages come from scripts/fetch-fhir-packages.sh)"
                : $"missing file {manifest}");
            return ExitCodes.Usage;
        }

        var outcome = ValidatorConformance.RunR4(paths);
        ValidatorSuiteReport.Write(outcome, console.Output, verbose);
        return outcome.MeetsGoal ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static int RunFhirPath(DirectoryInfo? shared, bool verbose, InvocationConfiguration console)
    {
        var repository = RepositoryRoot.Find();
        if (shared is null && repository is null)
        {
            console.Error.WriteLine("no Interop.sln found above the current folder or the program: give --shared");
            return ExitCodes.Usage;
        }

        var sharedFolder = shared?.FullName ?? ConformancePaths.ForRepository(repository!).Shared;
        if (!File.Exists(FhirPathTestSuite.R4File(sharedFolder)))
        {
            console.Error.WriteLine($"missing file {FhirPathTestSuite.R4File(sharedFolder)}");
            return ExitCodes.Usage;
        }

        var outcome = FhirPathConformance.RunR4(sharedFolder);
        SuiteReport.Write(outcome, console.Output, verbose);
        var otherFormat = FhirPathConformance.RunR4(sharedFolder, otherFormat: true);
        SuiteReport.Write(otherFormat, console.Output, verbose);
        return outcome.MeetsGoal && otherFormat.MeetsGoal ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static int RunRoundTrip(string[] names, DirectoryInfo? packages, DirectoryInfo? shared, InvocationConfiguration console)
    {
        if (Paths(packages, shared, console) is not { } paths)
        {
            return ExitCodes.Usage;
        }

        var catalogue = new RoundTripSuites(paths);
        var selected = names.Length == 0 ? catalogue.All : catalogue.All.Where(s => names.Contains(s.Name)).ToList();

        var missing = selected.SelectMany(s => s.Sources).Where(s => !s.Exists).Select(s => s.Directory).Distinct().ToList();
        foreach (var directory in missing)
        {
            console.Error.WriteLine($"missing folder {directory} (FHIR packages come from scripts/fetch-fhir-packages.sh)");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.Usage;
        }

        var results = ConformanceRunner.Run(selected);
        RoundTripReport.Write(results, console.Output);
        return results.All(r => r.Failures.Count == 0) ? ExitCodes.Success : ExitCodes.Failure;
    }

    // The package cache and shared folder as given, else the repository's; null (said on stderr) when neither can be found.
    private static ConformancePaths? Paths(DirectoryInfo? packages, DirectoryInfo? shared, InvocationConfiguration console)
    {
        var repository = RepositoryRoot.Find();
        if (repository is null && (packages is null || shared is null))
        {
            console.Error.WriteLine("no Interop.sln found above the current folder or the program: give --packages and --shared");
            return null;
        }

        var defaults = repository is null ? null : ConformancePaths.ForRepository(repository);
        return new ConformancePaths(packages?.FullName ?? defaults!.Packages, shared?.FullName ?? defaults!.Shared);
    }
}
