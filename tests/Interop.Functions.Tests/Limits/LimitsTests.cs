using System.Net;
using Interop.Functions.Tests.Security.Support;
using Interop.Functions.Tests.Support;

namespace Interop.Functions.Tests.Limits;

public sealed class LimitsTests : IDisposable
{
    private const int MaxBodyBytes = 1024;

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Post_ContentLengthOverLimit_Returns413BeforeEndpointRuns()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient(TestTokens.For(SecuredHost.Sender).Create());

        using var response = await client.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), new ByteArrayContent(new byte[MaxBodyBytes + 1]));

        await ShouldBeIssue(response, HttpStatusCode.RequestEntityTooLarge, "HOST413", "too-costly");
        host.SendCalls.Should().Be(0);
    }

    [Fact]
    public async Task Post_BodyWithoutLengthOverLimit_Returns413WhenReadingPassesLimit()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient(TestTokens.For(SecuredHost.Sender).Create());
        using var content = new UnknownLengthContent(MaxBodyBytes * 4);

        using var response = await client.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), content);

        content.Headers.ContentLength.Should().BeNull("the body is sent without a length");
        await ShouldBeIssue(response, HttpStatusCode.RequestEntityTooLarge, "HOST413", "too-costly");
    }

    [Fact]
    public async Task Post_BodyAtLimit_ReachesEndpoint()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient(TestTokens.For(SecuredHost.Sender).Create());

        using var response = await client.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), new ByteArrayContent(new byte[MaxBodyBytes]));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Post_OverClientRate_Returns429WithRetryAfterAndSparesOtherClients()
    {
        // A bucket of 2 refilled with 1 per second: however slow the machine, 10 back-to-back requests overrun it.
        await using var host = await StartAsync(new() { ["Interop:Limits:Burst"] = "2", ["Interop:Limits:PermitsPerSecond"] = "1" });
        using var busy = host.CreateClient(TestTokens.For(SecuredHost.Sender).Create());
        using var other = host.CreateClient(TestTokens.For(SecuredHost.OtherSender).Create());

        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10 && refused is null; i++)
        {
            var response = await busy.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), new StringContent("{}"));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        using var otherResponse = await other.PostAsync(new Uri(SecuredHost.SendPath, UriKind.Relative), new StringContent("{}"));

        refused.Should().NotBeNull("a client over its rate is refused");
        using (refused)
        {
            await ShouldBeIssue(refused!, HttpStatusCode.TooManyRequests, "HOST429", "throttled");
            refused!.Headers.RetryAfter!.Delta.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        }

        otherResponse.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_RequestRunningPastTimeout_Returns503OperationOutcome()
    {
        await using var host = await StartAsync(new() { ["Interop:Limits:RequestTimeout"] = "00:00:00.200" });
        using var client = host.CreateClient(TestTokens.For(SecuredHost.Sender).Create());

        using var response = await client.GetAsync(new Uri(SecuredHost.SlowPath, UriKind.Relative));

        await ShouldBeIssue(response, HttpStatusCode.ServiceUnavailable, "HOST503", "timeout");
    }

    private Task<SecuredHost> StartAsync(Dictionary<string, string?>? overrides = null)
    {
        var settings = SecuredHost.Settings(_folder);
        settings["Interop:Limits:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return SecuredHost.StartAsync(settings);
    }

    private static async Task ShouldBeIssue(HttpResponseMessage response, HttpStatusCode status, string code, string issueType)
    {
        response.StatusCode.Should().Be(status);
        var body = await FhirBody.ReadAsync(response);
        body.ResourceType.Should().Be("OperationOutcome");
        body.Value("issue.code").Should().Be(issueType);
        body.Value("issue.details.coding.code").Should().Be(code);
    }
}
