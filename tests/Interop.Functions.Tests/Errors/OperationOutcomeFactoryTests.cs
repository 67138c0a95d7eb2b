using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using R4 = Interop.Fhir.R4;
using Stu3 = Interop.Fhir.Stu3;

namespace Interop.Functions.Tests.Errors;

public sealed class OperationOutcomeFactoryTests
{
    [Fact]
    public void Create_R4_CarriesTheIssueCodesAndTraceId()
    {
        var outcome = OperationOutcomeFactory.Create(FhirRelease.R4, HostIssue.NotFound, "trace-1")
            .Should().BeOfType<R4.OperationOutcome>().Subject;

        var issue = outcome.Issue.Should().ContainSingle().Subject;
        issue.Severity!.Value.Should().Be("error");
        issue.Code!.Value.Should().Be("not-found");
        var coding = issue.Details!.Coding.Should().ContainSingle().Subject;
        coding.System!.Value.Should().Be(HostIssue.CodeSystem);
        coding.Code!.Value.Should().Be("HOST404");
        issue.Diagnostics!.Value.Should().Contain("trace-1");
    }

    [Fact]
    public void Create_Stu3_IsAnStu3OutcomeWithTheSameCodes()
    {
        var outcome = OperationOutcomeFactory.Create(FhirRelease.Stu3, HostIssue.InternalError, "trace-2")
            .Should().BeOfType<Stu3.OperationOutcome>().Subject;

        var issue = outcome.Issue.Should().ContainSingle().Subject;
        issue.Severity!.Value.Should().Be("fatal");
        issue.Code!.Value.Should().Be("exception");
        issue.Details!.Coding.Should().ContainSingle().Which.Code!.Value.Should().Be("HOST500");
    }
}
