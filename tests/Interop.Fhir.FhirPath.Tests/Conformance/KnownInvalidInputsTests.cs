using Interop.Cli.Conformance.FhirPath;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Fhir.FhirPath.Tests.Conformance;

/// <summary>Keeps the list of invalid suite inputs honest: each still gives its stated issue, and only that one.</summary>
public sealed class KnownInvalidInputsTests
{
    public static TheoryData<string> FileNames => [.. KnownInvalidInputs.ByFileName.Keys];

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Parse_KnownInvalidInput_GivesOnlyItsStatedIssueAndAResource(string fileName)
    {
        var content = File.ReadAllBytes(Path.Combine(OfficialSuite.InputFolder, fileName));

        var result = fileName.EndsWith(".json", StringComparison.Ordinal)
            ? new FhirJsonParser(R4.FhirModel.Instance).Parse(content)
            : new FhirXmlParser(R4.FhirModel.Instance).Parse(content);

        result.Issues.Where(i => i.IsError).Select(i => i.Code).Should().OnlyContain(code => code == KnownInvalidInputs.ByFileName[fileName].IssueCode)
            .And.NotBeEmpty();
        result.Resource.Should().NotBeNull();
    }
}
