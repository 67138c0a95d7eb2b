using System.Text.Json;
using System.Text.RegularExpressions;
using Interop.Functions.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Interop.Functions.Tests.Console;

/// <summary>
/// The views over the endpoints of the console's API contract, with the browser answering those calls from contract-shaped
/// JSON: the views are proven against the contract whether or not this host serves the endpoint yet, and the shared
/// engine is left untouched.
/// </summary>
public sealed partial class ConsoleBrowserTests
{
    private const string At = "2026-11-22T09:30:00+00:00";

    [Fact]
    public async Task DeadLetters_Group_DryRunThenConfirmedReplaySendsTheGroupsFilter()
    {
        var shots = new Screenshots("dead-letters");
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context, "#/dead-letters");
        await AnswerAsync(console.Page, "/api/dead-letters$", new
        {
            total = 2,
            groups = new[] { new { reason = "DLV-HTTP-400", destination = "gp-a81001", @event = "ITK014M", count = 2, firstAt = At, lastAt = At, messageIds = new[] { "m-1", "m-2" } } },
        });
        var bodies = new List<JsonElement>();
        await console.Page.RouteAsync(new Regex("/api/dead-letters/replay$"), route =>
        {
            var body = JsonDocument.Parse(route.Request.PostData!).RootElement.Clone();
            bodies.Add(body);
            var dryRun = body.GetProperty("dryRun").GetBoolean();
            return route.FulfillAsync(Json(new[] { "m-1", "m-2" }.Select(id => new
            {
                messageId = id,
                destinations = new[] { new { destinationId = "gp-a81001", url = "http://gp.example/fhir", reason = "registered GP", output = dryRun ? new { contentType = "application/fhir+xml", bytes = 2048 } : null } },
                replayId = dryRun ? null : $"{id}-replay",
            })));
        });
        await console.SignInAsync(fixture.Host.TokenFor(EngineHost.Operator));

        var groups = console.Table("Dead letters: 2 in 1 group, biggest first");
        await Expect(groups).ToContainTextAsync("DLV-HTTP-400");
        await console.Button("Dry run DLV-HTTP-400 to gp-a81001 (ITK014M)").ClickAsync();
        var plan = console.Table("2 messages would be replayed");
        await Expect(plan.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Expect(plan).ToContainTextAsync("application/fhir+xml, 2048 bytes");
        await console.Button("Replay 2 messages").ClickAsync();
        await console.CaptureAsync(shots, "confirm");
        bodies.Should().ContainSingle("nothing is replayed before the operator confirms");
        await console.Button("Yes, replay 2 messages").ClickAsync();

        await Expect(console.Link("m-2-replay")).ToBeVisibleAsync();
        await console.CaptureAsync(shots, "replayed");
        bodies.Select(b => b.GetProperty("dryRun").GetBoolean()).Should().Equal(true, false);
        bodies.Should().AllSatisfy(b =>
        {
            b.GetProperty("reason").GetString().Should().Be("DLV-HTTP-400");
            b.GetProperty("destination").GetString().Should().Be("gp-a81001");
            b.GetProperty("event").GetString().Should().Be("ITK014M");
        });
    }

    [Fact]
    public async Task Payload_Masked_RevealAsksForPatientDetailsAndRefreshesTheAudit()
    {
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context, $"#/messages/{fixture.DeliveredIds[0]}");
        var reveals = new List<string>();
        await console.Page.RouteAsync(new Regex("/api/messages/[^/]+/payload"), route =>
        {
            var reveal = new Uri(route.Request.Url).Query.Contains("reveal=true", StringComparison.Ordinal);
            reveals.Add(reveal ? "reveal" : "masked");
            return route.FulfillAsync(Json(new { contentType = "application/fhir+xml", format = "xml", body = reveal ? "<family value=\"Smith\"/>" : "<family value=\"***\"/>", masked = !reveal }));
        });
        await console.Page.RouteAsync(new Regex("/api/audit\\?"), route => route.FulfillAsync(Json(new
        {
            items = reveals.Contains("reveal")
                ? new[] { new { id = "a-1", at = At, actor = EngineHost.Operator, action = "reveal", messageId = fixture.DeliveredIds[0], detail = "payload" } }
                : [],
        })));
        await console.SignInAsync(fixture.Host.TokenFor(EngineHost.Operator));
        var payload = console.Page.GetByLabel("The payload");
        await Expect(payload).ToHaveTextAsync("<family value=\"***\"/>");
        await Expect(console.Page.GetByText("Operator actions on this message, newest first: no entries.")).ToBeVisibleAsync();

        await console.Button("Reveal patient details").ClickAsync();

        await Expect(payload).ToHaveTextAsync("<family value=\"Smith\"/>");
        await Expect(console.Page.GetByText("Your reveal was recorded in the audit log")).ToBeVisibleAsync();
        await Expect(console.Table("Operator actions on this message, newest first")).ToContainTextAsync("reveal");
        await console.CaptureAsync(new Screenshots("payload"), "revealed");
        reveals.Should().Equal("masked", "reveal");
    }

    [Fact]
    public async Task Views_ContractAnswers_DestinationsChartsAlertsAndAuditShown()
    {
        var shots = new Screenshots("contract-views");
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context, "#/destinations");
        await AnswerAsync(console.Page, "/api/destinations\\?", new
        {
            items = new[] { new { id = "gp-a81001", kind = "gp-system", url = "http://gp.example/fhir", fhirVersion = "STU3", format = "xml", circuit = "open", pending = 3, delivered = 9, deadLettered = 1, attempts = 12, failedAttempts = 3, successRate = 0.75, latencyP50Ms = 40.0, latencyP95Ms = 120.0 } },
            queues = new[] { new { queue = "deliver", depth = 3, oldestAgeSeconds = 42.0 } },
        });
        await AnswerAsync(console.Page, "/api/stats\\?", new
        {
            bucket = "hour",
            series = Enumerable.Range(0, 24).Select(hour => new { start = $"2026-11-21T{hour:00}:00:00+00:00", received = hour, delivered = hour, rejected = hour % 3, deadLettered = hour % 5 }),
        });
        await AnswerAsync(console.Page, "/api/alerts$", new
        {
            active = new[] { new { id = "al-1", rule = "breaker-open", kind = "breaker", since = At, value = 300.0, threshold = 120.0, summary = "gp-a81001 breaker open for 5 minutes" } },
            recent = Array.Empty<object>(),
        });
        await AnswerAsync(console.Page, "/api/audit(\\?|$)", new
        {
            items = new[] { new { id = "a-1", at = At, actor = EngineHost.Operator, action = "bulk-replay", messageId = "m-1", detail = "2 messages" } },
            continuationToken = "next",
        });
        await console.SignInAsync(fixture.Host.TokenFor(EngineHost.Operator));

        var destinations = console.Table("Each destination over the window");
        await Expect(destinations).ToContainTextAsync("open");
        await Expect(destinations).ToContainTextAsync("75%");
        await Expect(console.Table("Queue depth now")).ToContainTextAsync("deliver");
        await console.CaptureAsync(shots, "destinations");

        await console.Link("Charts").ClickAsync();
        await Expect(console.Page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Messages received and delivered") })).ToBeVisibleAsync();
        await Expect(console.Page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Messages rejected and dead-lettered") })).ToBeVisibleAsync();
        await console.Page.GetByText("Show the numbers as a table").ClickAsync();
        await Expect(console.Table("Messages per hour, last 24 hours").GetByRole(AriaRole.Row)).ToHaveCountAsync(25);
        await console.CaptureAsync(shots, "charts");

        await console.Link("Alerts").ClickAsync();
        await Expect(console.Table("Active alerts, oldest first")).ToContainTextAsync("gp-a81001 breaker open for 5 minutes");
        await console.CaptureAsync(shots, "alerts");

        await console.Link("Audit log").ClickAsync();
        await Expect(console.Table("Operator actions, newest first")).ToContainTextAsync("bulk-replay");
        await Expect(console.Link("Next page")).ToHaveAttributeAsync("href", new Regex("continuationToken=next"));
        await console.CaptureAsync(shots, "audit");
        console.ScriptErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Messages_ValuesWithMarkup_ShownAsTextNeverAsHtml()
    {
        const string Markup = "<img src=x onerror=\"window.injected=1\">";
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context);
        await AnswerAsync(console.Page, "/api/messages(\\?|$)", new
        {
            items = new[] { new { id = "m-<b>1</b>", receivedAt = At, clientId = "<b>client</b>", @event = Markup, senderOds = "FQW30", status = "delivered", destinations = new[] { "<i>gp</i>" } } },
        });
        await console.SignInAsync(fixture.Host.TokenFor(EngineHost.Operator));

        var list = console.Table("Messages, newest first");
        await Expect(list.GetByRole(AriaRole.Cell, new() { Name = Markup, Exact = true })).ToBeVisibleAsync();
        await Expect(list.GetByRole(AriaRole.Link, new() { Name = "m-<b>1</b>", Exact = true })).ToBeVisibleAsync();
        await Expect(list.Locator("img, b, i")).ToHaveCountAsync(0);
        (await console.Page.EvaluateAsync<bool>("window.injected === undefined")).Should().BeTrue();
    }

    private static Task AnswerAsync(IPage page, string pathPattern, object body) =>
        page.RouteAsync(new Regex(pathPattern), route => route.FulfillAsync(Json(body)));

    private static RouteFulfillOptions Json(object body) => new()
    {
        Status = 200,
        ContentType = "application/json",
        Body = JsonSerializer.Serialize(body, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }),
    };
}
