using System.Net;
using System.Text.Json;
using Interop.Functions.Tests.EndToEnd;
using Interop.Testing;

namespace Interop.Functions.Tests.Api;

/// <summary>One engine on real HTTP shared by a class's tests, delivering to a loopback GP system; tests tell their messages apart by id.</summary>
public sealed class ConsoleApiHost : IAsyncLifetime
{
    private LoopbackReceiver? _receiver;
    private LoopbackReceiver? _mailbox;
    private EngineHost? _host;

    /// <summary>The GP system (gp-a81001, STU3 XML) every Update Record is delivered to.</summary>
    public LoopbackReceiver Receiver => _receiver ?? throw new InvalidOperationException("Not started.");

    internal EngineHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _receiver = await LoopbackReceiver.StartAsync();
        _mailbox = await LoopbackReceiver.StartAsync();
        _host = EngineHost.Start(_receiver, _mailbox);
    }

    /// <summary>Sends the sample Update Record (patient 9449305552) and waits until it has <paramref name="status"/>; returns its id.</summary>
    public async Task<string> SendUpdateRecordAsync(string status)
    {
        using var posted = await Host.PostAsync(EngineHost.Pharmacy, "fhir/STU3/$process-message", Fixtures.NewUpdateRecord(), "application/fhir+xml");
        var id = posted.Headers.Location!.OriginalString.Split('/')[^1];
        await Host.WaitForStatusAsync(id, status);
        return id;
    }

    /// <summary>Sends a request as the operator and reads the JSON answer, which must have <paramref name="expected"/> status.</summary>
    public async Task<JsonElement> OperatorAsync(HttpMethod method, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var http = Host.ClientFor(EngineHost.Operator);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// Sends an Update Record the GP system refuses (400), once every earlier message has settled, so a replay still in
    /// flight cannot take the scripted refusal; returns its id once it is dead-lettered.
    /// </summary>
    public async Task<string> SendDeadLetterAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await InFlightAsync("received") || await InFlightAsync("routed"))
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "earlier messages should settle");
            await Task.Delay(50);
        }

        Receiver.Enqueue(ScriptedResponse.WithStatus(400));
        return await SendUpdateRecordAsync("dead-lettered");
    }

    /// <summary>The audit entries about <paramref name="messageId"/>, newest first.</summary>
    public async Task<List<JsonElement>> AuditAsync(string messageId) =>
        [.. (await OperatorAsync(HttpMethod.Get, $"api/audit?messageId={messageId}")).GetProperty("items").EnumerateArray()];

    private async Task<bool> InFlightAsync(string status) =>
        (await OperatorAsync(HttpMethod.Get, $"api/messages?status={status}&limit=1")).GetProperty("items").GetArrayLength() > 0;

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_mailbox is not null)
        {
            await _mailbox.DisposeAsync();
        }

        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }
}
