using Interop.Functions.Tests.EndToEnd;
using Interop.Testing;
using Microsoft.Playwright;

namespace Interop.Functions.Tests.Console;

/// <summary>
/// One engine seeded with delivered, rejected and dead-lettered messages, and one headless Chromium (Debian's
/// <c>/usr/bin/chromium</c>, installed by <c>./test.sh</c>) for the console's browser tests.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    /// <summary>Where Debian's package puts Chromium; Playwright drives it and never downloads a browser of its own.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private const string Xml = "application/fhir+xml";
    private const string ProcessMessage = "fhir/STU3/$process-message";

    private LoopbackReceiver? _mailbox;
    private IPlaywright? _playwright;

    /// <summary>The GP system's endpoint: answers 400 while the dead letter is made, 200 otherwise.</summary>
    internal LoopbackReceiver Receiver { get; private set; } = null!;

    internal EngineHost Host { get; private set; } = null!;

    internal IBrowser Browser { get; private set; } = null!;

    internal IReadOnlyList<string> DeliveredIds { get; private set; } = [];

    internal string RejectedId { get; private set; } = "";

    internal string DeadLetteredId { get; private set; } = "";

    /// <summary>The dead letter's delivery error as the API reports it, which the console must show.</summary>
    internal string DeadLetterError { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The console's browser tests need Chromium at {ChromiumPath}; ./test.sh installs Debian's package.");
        }

        Receiver = await LoopbackReceiver.StartAsync();
        _mailbox = await LoopbackReceiver.StartAsync();
        Host = EngineHost.Start(Receiver, _mailbox);

        DeliveredIds = [await SendAsync(Fixtures.NewUpdateRecord(), "delivered"), await SendAsync(Fixtures.NewUpdateRecord(), "delivered")];

        // The patient's practice is not a destination here, so routing rejects the message.
        RejectedId = await SendAsync(Fixtures.NewUpdateRecord("9476719931"), "rejected");

        // A 400 is not retried, so the message is dead-lettered at once, without enough failures to open the breaker.
        Receiver.DefaultResponse = ScriptedResponse.WithStatus(400);
        DeadLetteredId = await SendAsync(Fixtures.NewUpdateRecord(), "dead-lettered");
        DeadLetterError = (await Host.MessageAsync(DeadLetteredId)).GetProperty("deliveries")[0].GetProperty("lastError").GetString()!;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>A fresh browser context (its own sessionStorage) the size of a 1366×768 laptop screen.</summary>
    internal Task<IBrowserContext> NewContextAsync() => Browser.NewContextAsync(new()
    {
        BaseURL = Host.BaseAddress.AbsoluteUri,
        ViewportSize = new() { Width = 1366, Height = 768 },
    });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (_mailbox is not null)
        {
            await _mailbox.DisposeAsync();
        }

        if (Receiver is not null)
        {
            await Receiver.DisposeAsync();
        }
    }

    private async Task<string> SendAsync(byte[] message, string status)
    {
        using var response = await Host.PostAsync(EngineHost.Pharmacy, ProcessMessage, message, Xml);
        var id = response.Headers.Location!.OriginalString.Split('/')[^1];
        await Host.WaitForStatusAsync(id, status);
        return id;
    }
}
