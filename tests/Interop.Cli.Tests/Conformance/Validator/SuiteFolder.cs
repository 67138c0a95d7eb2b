namespace Interop.Cli.Tests.Conformance.Validator;

/// <summary>A small validator suite in a temp shared folder, with an empty core package beside it, for the runner's selection and report.</summary>
internal sealed class SuiteFolder : IDisposable
{
    private readonly TempDirectory _root = new();

    /// <summary>The shared folder holding <c>fhir-test-cases/validator/</c>.</summary>
    public string Shared => Path.Combine(_root.Path, "shared");

    /// <summary>The package cache holding an empty <c>hl7.fhir.r4.examples</c>.</summary>
    public string Packages => Path.Combine(_root.Path, "packages");

    /// <summary>
    /// A suite of one case per selection rule: two selected (a malformed file the reference finds one error in, and one
    /// whose input is missing, each with an expectation in one of the manifest's two shapes) and one left out by each rule.
    /// </summary>
    public static SuiteFolder Create()
    {
        var folder = new SuiteFolder();
        folder.Write("packages/hl7.fhir.r4.examples/package/package.json", """{ "name": "hl7.fhir.r4.examples" }""");
        folder.Write("shared/fhir-test-cases/validator/bad-syntax.json", """{ "resourceType": "Patient", """);
        folder.Write("shared/fhir-test-cases/validator/outcomes/java/R4.bad-syntax-base.json", """
            { "resourceType": "OperationOutcome", "issue": [
              { "severity": "fatal", "code": "structure", "details": { "text": "Error parsing JSON\nat line 1" } },
              { "severity": "warning", "code": "informational", "details": { "text": "a warning" } } ] }
            """);
        folder.Write("shared/fhir-test-cases/validator/outcomes/firely-sdk-current/R4.bad-syntax-base.json", """["[WARNING] a", "[ERROR] b", "[FATAL] c"]""");
        folder.Write("shared/fhir-test-cases/validator/manifest.json", """
            { "test-cases": [
              { "name": "bad-syntax", "file": "bad-syntax.json", "version": "4.0", "module": "fmt",
                "java": "java/R4.bad-syntax-base.json", "firely-sdk-current": "firely-sdk-current/R4.bad-syntax-base.json" },
              { "name": "missing-input", "file": "missing.xml", "version": "4.0.1", "module": "general", "java": { "errorCount": 0, "output": [] } },
              { "name": "stu3", "file": "bad-syntax.json", "version": "3.0", "module": "fmt", "java": { "errorCount": 1 } },
              { "name": "r5", "file": "bad-syntax.json", "module": "fmt", "java": { "errorCount": 1 } },
              { "name": "tx", "file": "bad-syntax.json", "version": "4.0", "module": "tx", "java": { "errorCount": 1 } },
              { "name": "not-used", "file": "bad-syntax.json", "version": "4.0", "module": "fmt", "use-test": false, "java": { "errorCount": 1 } },
              { "name": "packages", "file": "bad-syntax.json", "version": "4.0", "module": "fmt", "packages": ["hl7.fhir.us.core#4.0.0"], "java": { "errorCount": 1 } },
              { "name": "no-outcome-file", "file": "bad-syntax.json", "version": "4.0", "module": "fmt", "java": "java/R4.not-shipped.json" },
              { "name": "no-expectation", "file": "bad-syntax.json", "version": "4.0", "module": "fmt" }
            ] }
            """);
        return folder;
    }

    public void Dispose() => _root.Dispose();

    private void Write(string relativePath, string content) => _root.Write(relativePath, content);
}
