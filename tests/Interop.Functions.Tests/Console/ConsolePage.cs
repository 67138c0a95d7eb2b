using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Interop.Functions.Tests.Console;

/// <summary>What the console's tests do on every page: open it, sign in, find things by role and label, move by keyboard.</summary>
internal sealed class ConsolePage
{
    private readonly List<string> _scriptErrors = [];

    private ConsolePage(IPage page)
    {
        Page = page;

        // An uncaught error in the console's scripts fails the test even when the page happens to look right.
        page.PageError += (_, error) => _scriptErrors.Add(error);
    }

    public IPage Page { get; }

    public IReadOnlyList<string> ScriptErrors => _scriptErrors;

    /// <summary>Opens the console at <paramref name="hash"/> (e.g. <c>#/messages</c>).</summary>
    public static async Task<ConsolePage> OpenAsync(IBrowserContext context, string hash = "")
    {
        var page = new ConsolePage(await context.NewPageAsync());
        await page.Page.GotoAsync("/" + hash);
        return page;
    }

    public ILocator Heading(string name) => Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1, Exact = true });

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Table(string caption) => Page.GetByRole(AriaRole.Table, new() { Name = caption, Exact = true });

    /// <summary>The value shown for <paramref name="term"/> in a message's summary.</summary>
    public ILocator Summary(string term) =>
        Page.Locator("dl.summary > div").Filter(new() { Has = Page.Locator("dt", new() { HasTextRegex = new($"^{term}$") }) }).Locator("dd");

    public ILocator Sections => Page.GetByRole(AriaRole.Navigation, new() { Name = "Console sections" });

    /// <summary>Signs in with <paramref name="token"/> through the form and waits for the console's sections to appear.</summary>
    public async Task SignInAsync(string token)
    {
        await Page.GetByLabel("Operator token").FillAsync(token);
        await Button("Sign in").ClickAsync();
        await Expect(Sections).ToBeVisibleAsync();
    }

    /// <summary>Checks the page shows no leftovers of a script slip ("[object …]", "undefined", "null", "NaN"), then saves a screenshot of it.</summary>
    public async Task CaptureAsync(Screenshots shots, string step)
    {
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(new Regex(@"\[object |\bundefined\b|\bnull\b|\bNaN\b"));
        await shots.TakeAsync(Page, step);
    }

    /// <summary>Presses Tab until <paramref name="target"/> has focus; fails after <paramref name="limit"/> presses.</summary>
    public async Task TabToAsync(ILocator target, int limit = 80)
    {
        for (var presses = 0; presses < limit; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"{limit} presses of Tab never reached {target}.");
    }
}
