using System.Net;
using System.Net.Sockets;
using Interop.Cli.Load;
using Interop.Cli.Tokens;
using Interop.Engine.Security;
using Xunit.Abstractions;

namespace Interop.CrashSafety.Tests;

public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Workers = 8;
    private const int AcceptedBeforeKill = 150;
    private static readonly TimeSpan SendingTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("interop-crash-").FullName;

    [Fact]
    public async Task KillDuringLoad_RestartOnSameDatabase_DeliversEveryAcceptedMessageOnce()
    {
        await using var receiver = await CountingReceiver.StartAsync();
        var hostUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var configFile = HostConfiguration.Write(_folder, hostUrl, receiver.BaseUrl);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        MessageFixture.TryCreate(await File.ReadAllBytesAsync(RepositoryPaths.UpdateRecordFixture), out var fixture, out _).Should().BeTrue();
        var sender = new CrashSender(http, new Uri(hostUrl, "fhir/STU3/$process-message"), fixture!, SenderToken());

        await using var first = await HostProcess.StartAsync(hostUrl, configFile, http);
        using var stop = new CancellationTokenSource(SendingTimeout);
        var sending = sender.RunAsync(Workers, stop.Token);
        await sender.WhenAcceptedAsync(AcceptedBeforeKill).WaitAsync(SendingTimeout);
        var deliveredBeforeKill = receiver.HeaderIdByKey.Count;
        await first.KillAsync();
        await sending;
        var acceptedAtKill = sender.Accepted.Count;

        await using var second = await HostProcess.StartAsync(hostUrl, configFile, http);
        var expected = sender.Accepted.Values.Select(id => $"{id}.{HostConfiguration.GpDestination}").ToHashSet(StringComparer.Ordinal);
        var allDelivered = receiver.WaitForKeysAsync(expected);
        await Task.WhenAny(allDelivered, Task.Delay(DeliveryTimeout));

        var delivered = receiver.HeaderIdByKey.ToDictionary(StringComparer.Ordinal);
        output.WriteLine($"accepted {acceptedAtKill} (of which delivered before the kill {deliveredBeforeKill}), refused {sender.Refused}, unanswered {sender.Unanswered.Count}");
        output.WriteLine($"delivered: {delivered.Count} distinct keys, {receiver.RawDeliveries} requests ({receiver.RawDeliveries - delivered.Count} repeats), {receiver.Acknowledgements} acknowledgements");
        output.WriteLine(second.Output);

        expected.Where(key => !delivered.ContainsKey(key)).Should().BeEmpty("every message answered 2xx must be delivered after the restart");
        delivered.Values.Should().OnlyHaveUniqueItems("one message must not be stored, and delivered, under two ids");
        var extra = delivered.Where(pair => !expected.Contains(pair.Key)).Select(pair => pair.Value).ToList();
        extra.Should().BeSubsetOf(sender.Unanswered, "only a message the host stored but never answered may be delivered without a 2xx");
        sender.Refused.Should().Be(0);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string SenderToken()
    {
        using var key = DevKeyStore.LoadOrCreate(HostConfiguration.KeyDirectory(_folder));
        var request = new DevTokenRequest(HostConfiguration.Sender, DevTokenDefaults.Issuer, DevTokenDefaults.Audience, TimeSpan.FromHours(1));
        return new DevTokenIssuer(TimeProvider.System).Issue(key, request);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
