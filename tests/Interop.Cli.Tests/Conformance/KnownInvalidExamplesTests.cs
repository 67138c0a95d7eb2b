using Interop.Cli.Conformance;
using Interop.Cli.Conversion;

namespace Interop.Cli.Tests.Conformance;

/// <summary>Keeps the skip list honest: each file on it still gives the issue its reason names.</summary>
public sealed class KnownInvalidExamplesTests
{
    [Theory]
    [MemberData(nameof(ConformanceCases.KnownInvalid), SuiteNames.R4Json, MemberType = typeof(ConformanceCases))]
    public void Parse_KnownInvalidR4Example_GivesStatedIssue(string file) => AssertStatedIssue(SuiteNames.R4Json, file);

    [Theory]
    [MemberData(nameof(ConformanceCases.KnownInvalid), SuiteNames.Stu3Json, MemberType = typeof(ConformanceCases))]
    public void Parse_KnownInvalidStu3Example_GivesStatedIssue(string file) => AssertStatedIssue(SuiteNames.Stu3Json, file);

    [SharedFolderTheory]
    [MemberData(nameof(ConformanceCases.KnownInvalid), SuiteNames.NhsXml, MemberType = typeof(ConformanceCases))]
    public void Parse_KnownInvalidSharedXml_GivesStatedIssue(string file) => AssertStatedIssue(SuiteNames.NhsXml, file);

    private static void AssertStatedIssue(string suite, string relativePath)
    {
        var file = ConformanceCases.File(suite, relativePath);
        var content = System.IO.File.ReadAllBytes(file.FullPath);

        var result = FhirFormats.Parse(content, FhirFormats.Detect(content), file.Model);

        result.Issues.Select(i => i.Code).Should().Contain(file.KnownInvalid!.IssueCode);
    }
}
