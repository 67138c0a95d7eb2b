using System.Net;
using Interop.Functions.Tests.EndToEnd;

namespace Interop.Functions.Tests.Api;

/// <summary>What the console endpoints refuse: unknown messages, bad query values, and anyone but an operator.</summary>
public sealed class ConsoleApiRefusalTests(ConsoleApiHost console) : IClassFixture<ConsoleApiHost>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "api/messages/{0}/payload" },
        { "GET", "api/messages/{0}/outputs" },
        { "POST", "api/messages/{0}/replay?dryRun=true" },
        { "GET", "api/audit" },
    };

    [Theory]
    [InlineData("GET", "api/messages/no-such-message/payload")]
    [InlineData("GET", "api/messages/no-such-message/payload?reveal=true")]
    [InlineData("GET", "api/messages/no-such-message/outputs")]
    [InlineData("POST", "api/messages/no-such-message/replay?dryRun=true")]
    public async Task Request_UnknownMessage_Is404(string method, string path)
    {
        var problem = await console.OperatorAsync(new HttpMethod(method), path, HttpStatusCode.NotFound);

        problem.GetProperty("status").GetInt32().Should().Be(404);
    }

    [Theory]
    [InlineData("GET", "api/messages/{0}/payload?reveal=yes")]
    [InlineData("GET", "api/messages/{0}/outputs?reveal=1")]
    [InlineData("POST", "api/messages/{0}/replay?dryRun=maybe")]
    [InlineData("GET", "api/audit?action=delete")]
    [InlineData("GET", "api/audit?limit=0")]
    [InlineData("GET", "api/audit?from=yesterday")]
    [InlineData("GET", "api/audit?continuationToken=not-ours")]
    public async Task Request_BadQueryValue_Is400(string method, string path)
    {
        var id = await console.SendUpdateRecordAsync("delivered");

        var problem = await console.OperatorAsync(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id), HttpStatusCode.BadRequest);

        problem.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        (await console.AuditAsync(id)).Should().BeEmpty("a refused request reveals nothing");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_SenderToken_Is403(string method, string path)
    {
        using var http = console.Host.ClientFor(EngineHost.Pharmacy);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "any"), UriKind.Relative));

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_NoToken_Is401(string method, string path)
    {
        using var http = console.Host.ClientFor(null);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "any"), UriKind.Relative));

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
