using System.CommandLine;
using Interop.Cli.Load;
using Interop.Cli.Tokens;
using Interop.Engine.Security;

namespace Interop.Cli.Commands;

/// <summary>
/// <c>interop load --url URL --fixture FILE --messages N (--rate R | --concurrency C) [--client ID] [--operator ID]
/// [--fhir-version STU3|R4] [--timeout 120s] [--json FILE] [--key-dir DIR] [--host-pid PID] [--warmup N]</c>.
/// </summary>
internal static class LoadCommand
{
    private const string DefaultTimeout = "120s";

    /// <summary>Creates the command.</summary>
    public static Command Create(TimeProvider time)
    {
        var url = new Option<string>("--url") { Description = "The host's base address, e.g. http://127.0.0.1:7071.", Required = true };
        var fixture = new Option<FileInfo>("--fixture") { Description = "The FHIR message (XML or JSON) to send copies of; each copy gets a new MessageHeader.id and Bundle.identifier.", Required = true };
        fixture.AcceptExistingOnly();
        var messages = new Option<int>("--messages") { Description = "How many copies to send.", Required = true };
        var rate = new Option<double?>("--rate") { Description = "Send this many a second on a fixed schedule; latency counts from when each copy was due." };
        var concurrency = new Option<int?>("--concurrency") { Description = "Instead of --rate: keep this many requests in flight." };
        var client = new Option<string>("--client") { Description = "The sending client; by default demo-pharmacy.", DefaultValueFactory = _ => "demo-pharmacy" };
        var operatorClient = new Option<string>("--operator") { Description = "The operator client that reads the message API; by default demo-operator.", DefaultValueFactory = _ => "demo-operator" };
        var version = new Option<string>("--fhir-version") { Description = "STU3 (default) or R4.", DefaultValueFactory = _ => "STU3" };
        version.AcceptOnlyFromAmong("STU3", "R4");
        var timeout = new Option<string>("--timeout") { Description = $"How long to wait for deliveries after the last send; by default {DefaultTimeout}." };
        var json = new Option<FileInfo>("--json") { Description = "Also write the report as JSON to this file." };
        var keyDirectory = new Option<DirectoryInfo>("--key-dir") { Description = "The dev key folder; by default <repo>/data/dev-keys." };
        var warmup = new Option<int>("--warmup") { Description = "First send this many copies the same way and wait for them to settle, unmeasured, so the figures are the warm host's." };
        var hostPid = new Option<int?>("--host-pid") { Description = "The host's process id on this machine, to report its resident memory from /proc." };

        var command = new Command("load", "Sends copies of a message to a running host and measures acceptance, delivery and the disk's commit rate.")
        {
            url, fixture, messages, rate, concurrency, client, operatorClient, version, timeout, json, keyDirectory, hostPid, warmup,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = parseResult.InvocationConfiguration;
            var timeoutText = parseResult.GetValue(timeout) ?? DefaultTimeout;
            if (!TokenLifetime.TryParse(timeoutText, out var followFor))
            {
                console.Error.WriteLine($"--timeout {timeoutText} is not a duration such as 90s, 30m or 1h");
                return ExitCodes.Usage;
            }

            var urlText = parseResult.GetRequiredValue(url);
            if (!Uri.TryCreate(urlText.EndsWith('/') ? urlText : urlText + "/", UriKind.Absolute, out var baseUrl))
            {
                console.Error.WriteLine($"--url {urlText} is not an absolute address");
                return ExitCodes.Usage;
            }

            var settings = new LoadSettings(
                baseUrl,
                parseResult.GetRequiredValue(fixture).FullName,
                parseResult.GetValue(messages),
                parseResult.GetValue(rate),
                parseResult.GetValue(concurrency),
                parseResult.GetRequiredValue(client),
                parseResult.GetRequiredValue(operatorClient),
                parseResult.GetRequiredValue(version),
                followFor,
                parseResult.GetValue(json)?.FullName,
                parseResult.GetValue(keyDirectory)?.FullName,
                parseResult.GetValue(hostPid),
                parseResult.GetValue(warmup));
            return await RunAsync(settings, time, console.Output, console.Error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(LoadSettings settings, TimeProvider time, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var errors = LoadSettingsValidator.Validate(settings);
        foreach (var problem in errors)
        {
            error.WriteLine(problem);
        }

        if (errors.Count > 0 || ReadFixture(settings.FixturePath, error) is not { } content)
        {
            return ExitCodes.Usage;
        }

        if (!MessageFixture.TryCreate(content, out var fixture, out var fixtureProblem))
        {
            error.WriteLine($"{settings.FixturePath}: {fixtureProblem}");
            return ExitCodes.Usage;
        }

        var keyDirectory = settings.KeyDirectory ?? DevKeyStore.DefaultDirectory(Environment.CurrentDirectory);
        if (keyDirectory is null)
        {
            error.WriteLine("no Interop.sln found above the current folder: give --key-dir");
            return ExitCodes.Usage;
        }

        string senderToken;
        string operatorToken;
        try
        {
            using var key = DevKeyStore.LoadOrCreate(keyDirectory);
            var issuer = new DevTokenIssuer(time);
            senderToken = issuer.Issue(key, new DevTokenRequest(settings.Client, DevTokenDefaults.Issuer, DevTokenDefaults.Audience, TokenLifetime.Default));
            operatorToken = issuer.Issue(key, new DevTokenRequest(settings.Operator, DevTokenDefaults.Issuer, DevTokenDefaults.Audience, TokenLifetime.Default));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"cannot use the dev key in {keyDirectory}: {exception.Message}");
            return ExitCodes.Usage;
        }

        LoadReport report;
        try
        {
            report = await new LoadRunner(time).RunAsync(settings, fixture, content.Length, senderToken, operatorToken, error, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            error.WriteLine($"the host's message API failed: {exception.Message}");
            if (exception.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                error.WriteLine("the host rate-limits each client: run it with Interop__Limits__PermitsPerSecond and Interop__Limits__Burst raised for load runs");
            }

            return ExitCodes.Failure;
        }

        LoadReportWriter.WriteTable(report, output);
        if (settings.JsonPath is { } jsonPath)
        {
            await File.WriteAllTextAsync(jsonPath, LoadReportWriter.ToJson(report), cancellationToken);
        }

        return report.AllDelivered ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static byte[]? ReadFixture(string path, TextWriter error)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot read {path}: {exception.Message}");
            return null;
        }
    }
}
