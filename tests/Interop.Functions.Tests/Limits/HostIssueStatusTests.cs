using Interop.Functions.Errors;

namespace Interop.Functions.Tests.Limits;

public sealed class HostIssueStatusTests
{
    [Theory]
    [InlineData(401, "HOST401", "login")]
    [InlineData(403, "HOST403", "forbidden")]
    [InlineData(413, "HOST413", "too-costly")]
    [InlineData(429, "HOST429", "throttled")]
    public void ForStatus_SecurityAndLimitStatus_PicksItsOwnCode(int status, string code, string issueType)
    {
        var issue = HostIssue.ForStatus(status);

        issue.StatusCode.Should().Be(status);
        issue.Code.Should().Be(code);
        issue.IssueType.Should().Be(issueType);
    }
}
