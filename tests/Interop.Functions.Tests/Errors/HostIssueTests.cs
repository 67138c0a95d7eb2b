using Interop.Functions.Errors;

namespace Interop.Functions.Tests.Errors;

public sealed class HostIssueTests
{
    [Theory]
    [InlineData(404, "HOST404", "not-found")]
    [InlineData(405, "HOST405", "not-supported")]
    [InlineData(406, "HOST406", "not-supported")]
    [InlineData(500, "HOST500", "exception")]
    [InlineData(503, "HOST500", "exception")]
    [InlineData(415, "HOST400", "processing")]
    public void ForStatus_ErrorStatus_KeepsStatusAndPicksCode(int status, string code, string issueType)
    {
        var issue = HostIssue.ForStatus(status);

        issue.StatusCode.Should().Be(status);
        issue.Code.Should().Be(code);
        issue.IssueType.Should().Be(issueType);
    }
}
