using System.CommandLine;
using System.Text;
using Interop.Cli.Conformance;
using Interop.Cli.Conversion;
using Interop.Cli.Validation;
using Interop.Engine.Local;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Validation;

namespace Interop.Cli.Commands;

/// <summary>
/// <c>interop validate &lt;file&gt;... [--profile URL]... [--package DIR]... [--fhir-version r4|stu3] [--fhir-cache DIR]</c>: prints an
/// OperationOutcome per file, in the order given, and a summary line per file on standard error.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("file") { Description = "The FHIR resources to validate, in JSON or XML (told apart by the first character).", Arity = ArgumentArity.OneOrMore };
        files.AcceptExistingOnly();
        var profiles = new Option<string[]>("--profile") { Description = "A profile's canonical URL to validate against besides the resource's type and meta.profile (repeatable)." };
        var packages = new Option<DirectoryInfo[]>("--package") { Description = "A FHIR package (folder or .tgz) with profiles, extensions, value sets and code systems (repeatable)." };
        var version = new Option<string>("--fhir-version", "--version")
        {
            Description = "The FHIR version of the files (R4 or STU3); by default each file's is the one it parses best as (R4 on a tie).",
        };
        version.Validators.Add(result =>
        {
            // R4 and STU3 as the specification writes them, or lower case as `interop convert` takes them.
            if (result.GetValueOrDefault<string>() is { } value && value.ToLowerInvariant() is not (FhirVersions.R4 or FhirVersions.Stu3))
            {
                result.AddError($"--fhir-version must be {FhirVersions.R4} or {FhirVersions.Stu3}, not '{value}'");
            }
        });
        var cache = new Option<DirectoryInfo>("--fhir-cache") { Description = "The FHIR package cache holding the core packages; by default <repo>/.cache/fhir." };

        var command = new Command("validate", "Validates FHIR resources; exits 0 when no file has an error, 1 when one has.") { files, profiles, packages, version, cache };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(files),
            new ValidateSettings(
                parseResult.GetValue(profiles) ?? [],
                [.. (parseResult.GetValue(packages) ?? []).Select(p => p.FullName)],
                parseResult.GetValue(version)?.ToLowerInvariant(),
                parseResult.GetValue(cache)?.FullName ?? (RepositoryRoot.Find() is { } root ? ConformancePaths.ForRepository(root).Packages : null)),
            parseResult.InvocationConfiguration));
        return command;
    }

    private static int Run(FileInfo[] files, ValidateSettings settings, InvocationConfiguration console)
    {
        if (settings.Cache is null)
        {
            console.Error.WriteLine("no Interop.sln found above the current folder or the program: give --fhir-cache");
            return ExitCodes.Usage;
        }

        var validators = new ValidatorCache();
        var serializer = new FhirJsonSerializer(new FhirSerializerOptions { Indented = true });
        var anyErrors = false;
        foreach (var file in files)
        {
            byte[] content;
            try
            {
                content = File.ReadAllBytes(file.FullName);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"cannot read {file.FullName}: {exception.Message}");
                return ExitCodes.Usage;
            }

            // Positions let every validation issue name its line and column in the file.
            var format = FhirFormats.Detect(content);
            var options = FileValidation.ParserOptions;
            var (model, parsed) = settings.Version is { } name
                ? (FhirVersions.Model(name), FhirFormats.Parse(content, format, FhirVersions.Model(name), options))
                : FhirVersions.ParseDetectingVersion(content, format, options);
            var core = CorePackages.Folder(settings.Cache, model);
            if (!Directory.Exists(core))
            {
                console.Error.WriteLine($"missing folder {core} (FHIR packages come from scripts/fetch-fhir-packages.sh)");
                return ExitCodes.Usage;
            }

            var result = FileValidation.Of(parsed, validators.For(model, [core, .. settings.Packages]), settings.Profiles);
            console.Output.WriteLine(Encoding.UTF8.GetString(serializer.SerializeToUtf8Bytes((result.Validation ?? new ValidationResult([])).ToOperationOutcome(result.Parsed.Issues))));
            console.Error.WriteLine($"{file.Name}: FHIR {model.FhirVersion}, {result.ErrorCount} errors");
            anyErrors |= result.ErrorCount > 0;
        }

        return anyErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
