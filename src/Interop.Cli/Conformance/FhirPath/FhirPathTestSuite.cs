using System.Xml.Linq;
using Interop.Fhir.FhirPath;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>Reads HL7's FHIRPath test suite file (<c>tests-fhir-r4.xml</c>) into test cases.</summary>
internal static class FhirPathTestSuite
{
    /// <summary>The R4 suite's path relative to the shared folder; its inputs are the files of the folder above it.</summary>
    public const string R4RelativePath = "fhir-test-cases/r4/fhirpath/tests-fhir-r4.xml";

    /// <summary>The suite's name in reports.</summary>
    public const string R4Name = "fhirpath-r4";

    /// <summary>The R4 suite file under <paramref name="sharedFolder"/>.</summary>
    public static string R4File(string sharedFolder) => Path.Combine(sharedFolder, R4RelativePath);

    /// <summary>The folder holding the R4 suite's input files.</summary>
    public static string R4InputFolder(string sharedFolder) => Path.GetDirectoryName(Path.GetDirectoryName(R4File(sharedFolder)))!;

    /// <summary>Every test of the suite file at <paramref name="path"/>, in document order.</summary>
    public static IReadOnlyList<FhirPathTestCase> Load(string path)
    {
        var root = XDocument.Load(path).Root ?? throw new InvalidDataException($"{path} has no root element");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var tests = new List<FhirPathTestCase>();
        foreach (var group in root.Elements("group"))
        {
            // R4 keeps its lenient-mode <modeTest> elements commented out: lenient polymorphic names are not R4 FHIRPath.
            foreach (var test in group.Elements("test"))
            {
                tests.Add(Read(test, (string?)group.Attribute("name") ?? "", seen));
            }
        }

        return tests;
    }

    private static FhirPathTestCase Read(XElement test, string group, Dictionary<string, int> seen)
    {
        var name = (string?)test.Attribute("name") ?? throw new InvalidDataException($"a test of group {group} has no name");
        var expression = test.Element("expression") ?? throw new InvalidDataException($"test {name} has no expression");
        var occurrence = seen[name] = seen.GetValueOrDefault(name) + 1;
        return new FhirPathTestCase(
            Id: occurrence == 1 ? name : $"{name}#{occurrence}",
            Group: group,
            Expression: expression.Value,
            InputFile: (string?)test.Attribute("inputfile"),
            Strict: (string?)test.Attribute("mode") == "strict" || (string?)expression.Attribute("mode") == "strict",
            CheckOrderedFunctions: (bool?)test.Attribute("checkOrderedFunctions") ?? false,
            Predicate: (bool?)test.Attribute("predicate") ?? false,
            Ordered: (bool?)test.Attribute("ordered") ?? true,
            Invalid: InvalidKind((string?)expression.Attribute("invalid"), name),
            Outputs: [.. test.Elements("output").Select(o => new ExpectedOutput((string?)o.Attribute("type"), o.Value))]);
    }

    private static FhirPathErrorKind? InvalidKind(string? invalid, string test) => invalid switch
    {
        null or "false" => null,
        "syntax" => FhirPathErrorKind.Syntax,
        "semantic" => FhirPathErrorKind.Semantic,
        "execution" => FhirPathErrorKind.Execution,
        _ => throw new InvalidDataException($"test {test} has invalid=\"{invalid}\", which this runner does not know"),
    };
}
