using Interop.Cli.Conversion;
using Interop.Cli.Validation;
using Interop.Fhir.Introspection;

namespace Interop.Cli.Conformance.Validator;

/// <summary>
/// Runs suite cases: loads the core R4 package with the case's supporting files, reads the case's file (JSON, XML, or
/// NDJSON one resource a line) and validates it, counting the parser's errors with the validator's as the reference does.
/// </summary>
/// <param name="suiteFolder">The folder holding the cases' files.</param>
/// <param name="corePackage">The core R4 package folder.</param>
/// <param name="validators">Validators shared between runs; the cases without supporting files all use one.</param>
internal sealed class ValidatorTestRunner(string suiteFolder, string corePackage, ValidatorCache validators)
{
    private static ModelInfo Model => Interop.Fhir.R4.FhirModel.Instance;

    /// <summary>Runs <paramref name="test"/>; a case that throws or lacks its input is reported, and the others still run.</summary>
    public CaseOutcome Run(ValidatorTestCase test)
    {
        var path = Path.Combine(suiteFolder, test.File);
        if (!File.Exists(path))
        {
            return new CaseOutcome(test, null, [], $"input {test.File} is not in the suite folder");
        }

        try
        {
            var validator = validators.For(Model, [corePackage, .. test.Supporting.Select(s => Path.Combine(suiteFolder, s))]);
            var results = Contents(path).Select(c => FileValidation.Of(FhirFormats.Parse(c.Content, c.Format, Model, FileValidation.ParserOptions), validator)).ToList();
            return new CaseOutcome(test, results.Sum(r => r.ErrorCount), [.. results.SelectMany(Errors)]);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new CaseOutcome(test, null, [], $"exception {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static IEnumerable<string> Errors(FileValidation result) =>
        result.Parsed.Issues.Where(i => i.IsError).Select(i => $"{i.Code}@{i.Path}")
            .Concat(result.Validation?.Issues.Where(i => i.IsError).Select(i => $"{i.Code}@{i.Expression}") ?? []);

    // NDJSON holds one JSON resource a line; the reference validates each and reports them together.
    private static IEnumerable<(byte[] Content, FhirFormat Format)> Contents(string path)
    {
        if (path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllLines(path)
                .Where(line => !string.IsNullOrWhiteSpace(line))
                .Select(line => (System.Text.Encoding.UTF8.GetBytes(line), FhirFormat.Json));
        }

        var content = File.ReadAllBytes(path);
        return [(content, FhirFormats.Detect(content))];
    }
}
