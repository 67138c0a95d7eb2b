using System.Text.RegularExpressions;
using Interop.Functions.Tests.EndToEnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Interop.Functions.Tests.Console;

/// <summary>Signing in: a refused token says why and keeps the operator on the sign-in form.</summary>
public sealed partial class ConsoleBrowserTests
{
    [Theory]
    [InlineData("not-a-token", "(401)")]
    [InlineData(EngineHost.Pharmacy, "(403)")]
    public async Task SignIn_RefusedToken_ErrorShownAndStaysSignedOut(string token, string expected)
    {
        var shots = new Screenshots($"sign-in-refused-{expected.Trim('(', ')')}");
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context);

        // A sender's token is real but not an operator's; anything else is not a token at all.
        await console.Page.GetByLabel("Operator token").FillAsync(token == EngineHost.Pharmacy ? fixture.Host.TokenFor(token) : token);
        await console.Button("Sign in").ClickAsync();

        await Expect(console.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = expected })).ToBeVisibleAsync();
        await Expect(console.Heading("Sign in")).ToBeVisibleAsync();
        await Expect(console.Sections).ToBeHiddenAsync();
        (await console.Page.EvaluateAsync<string?>("sessionStorage.getItem('interop.operatorToken')")).Should().BeNull();
        await console.CaptureAsync(shots, "error");
    }

    [Fact]
    public async Task Api_TokenRefusedDuringUse_BackToSignInWithTheReason()
    {
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context);
        await console.SignInAsync(fixture.Host.TokenFor(EngineHost.Operator));
        await Expect(console.Heading("Messages")).ToBeVisibleAsync();

        // As if the token expired while the console was open: the next API call is refused with 401.
        await console.Page.EvaluateAsync("sessionStorage.setItem('interop.operatorToken', 'expired')");
        await console.Page.GetByLabel("Status").SelectOptionAsync("delivered");
        await console.Button("Apply filters").ClickAsync();

        await Expect(console.Heading("Sign in")).ToBeVisibleAsync();
        await Expect(console.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(new Regex(@"\(401\).*Sign in again"));
        (await console.Page.EvaluateAsync<string?>("sessionStorage.getItem('interop.operatorToken')")).Should().BeNull();
    }

    [Fact]
    public async Task SignIn_SignOut_TokenForgottenAndSignInShownAgain()
    {
        await using var context = await fixture.NewContextAsync();
        var console = await ConsolePage.OpenAsync(context, "#/dead-letters");
        await console.SignInAsync(fixture.Host.TokenFor(EngineHost.Operator));
        await Expect(console.Heading("Dead letters")).ToBeVisibleAsync();

        await console.Button("Sign out").ClickAsync();

        await Expect(console.Heading("Sign in")).ToBeVisibleAsync();
        (await console.Page.EvaluateAsync<string?>("sessionStorage.getItem('interop.operatorToken')")).Should().BeNull();
    }
}
