using System.Text.RegularExpressions;
using Interop.Functions.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Interop.Functions.Tests.Console;

/// <summary>The console works from the keyboard alone and names every control for assistive technology.</summary>
public sealed partial class ConsoleBrowserTests
{
    [Fact]
    public async Task Keyboard_SignInFilterOpenAndDryRun_ReachesFiltersAndReplayButton()
    {
        var shots = new Screenshots("keyboard");
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context);
        var keyboard = console.Page.Keyboard;

        await console.TabToAsync(console.Page.GetByLabel("Operator token"));
        await keyboard.InsertTextAsync(fixture.Host.TokenFor(EngineHost.Operator));
        await keyboard.PressAsync("Enter");
        await Expect(console.Heading("Messages")).ToBeFocusedAsync();

        await console.TabToAsync(console.Page.GetByLabel("Status"));
        await Expect(console.Page.GetByLabel("Status")).ToBeFocusedAsync();
        await console.TabToAsync(console.Page.GetByLabel("NHS number"));
        await keyboard.InsertTextAsync("9449305552");
        await console.TabToAsync(console.Button("Apply filters"));
        await keyboard.PressAsync("Enter");
        await Expect(console.Page).ToHaveURLAsync(new Regex("nhsNumber=9449305552"));
        await console.CaptureAsync(shots, "filtered-by-keyboard");

        // A replay made by another test links back to the dead letter too; either link opens it.
        await console.TabToAsync(console.Link(fixture.DeadLetteredId).First);
        await keyboard.PressAsync("Enter");
        await Expect(console.Heading($"Message {fixture.DeadLetteredId}")).ToBeFocusedAsync();
        await console.TabToAsync(console.Button("Dry run replay"));
        await keyboard.PressAsync("Enter");
        await Expect(console.Table("Where the replay would go")).ToBeVisibleAsync();
        await console.TabToAsync(console.Button("Replay"));
        await Expect(console.Button("Replay")).ToBeFocusedAsync();
        await console.CaptureAsync(shots, "replay-button-focused");
        console.ScriptErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Labels_MessageFilters_FoundByTheirLabels()
    {
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context);
        await console.SignInAsync(fixture.Host.TokenFor(EngineHost.Operator));

        foreach (var label in new[] { "Status", "Event", "Sender ODS code", "Destination", "NHS number", "Received from", "Received to" })
        {
            await Expect(console.Page.GetByLabel(label, new() { Exact = true })).ToBeEditableAsync();
        }

        await Expect(console.Page.GetByRole(AriaRole.Search, new() { Name = "Filter messages" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("#/messages", "Messages")]
    [InlineData("#/messages/{dead}", "Message {dead}")]
    [InlineData("#/dead-letters", "Dead letters")]
    [InlineData("#/destinations", "Destinations")]
    [InlineData("#/charts", "Charts")]
    [InlineData("#/audit", "Audit log")]
    [InlineData("#/alerts", "Alerts")]
    public async Task Controls_EveryView_EveryFormControlHasAnAccessibleName(string hash, string heading)
    {
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context, hash.Replace("{dead}", fixture.DeadLetteredId, StringComparison.Ordinal));
        await console.SignInAsync(fixture.Host.TokenFor(EngineHost.Operator));
        await Expect(console.Heading(heading.Replace("{dead}", fixture.DeadLetteredId, StringComparison.Ordinal))).ToBeVisibleAsync();

        // Loading is done when the live region stops saying so and no section is still busy.
        await Expect(console.Page.GetByRole(AriaRole.Status)).Not.ToContainTextAsync("Loading");
        await Expect(console.Page.Locator("[aria-busy=true]")).ToHaveCountAsync(0);

        var controls = console.Page.Locator("input, select, textarea, button");
        var count = await controls.CountAsync();
        count.Should().BeGreaterThan(0);
        for (var index = 0; index < count; index++)
        {
            await Expect(controls.Nth(index)).ToHaveAccessibleNameAsync(new Regex(@"\w"));
        }

        await console.CaptureAsync(new Screenshots("view"), heading.Replace("{dead}", "", StringComparison.Ordinal).Trim().Replace(' ', '-').ToLowerInvariant());
        console.ScriptErrors.Should().BeEmpty();
    }
}
