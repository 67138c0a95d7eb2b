namespace Interop.Cli.Load;

/// <summary>What <c>interop load</c> was asked to do.</summary>
/// <param name="Url">The host's base address.</param>
/// <param name="FixturePath">The message to send copies of.</param>
/// <param name="Messages">How many copies to send.</param>
/// <param name="Rate">Messages a second on a fixed schedule (open loop), or null for <paramref name="Concurrency"/>.</param>
/// <param name="Concurrency">Requests kept in flight (closed loop), or null for <paramref name="Rate"/>.</param>
/// <param name="Client">The sending client the token is minted for.</param>
/// <param name="Operator">The operator client whose token reads the message API.</param>
/// <param name="FhirVersion">STU3 or R4: which <c>$process-message</c> endpoint to post to.</param>
/// <param name="Timeout">How long to wait for deliveries after the last message is sent.</param>
/// <param name="JsonPath">Where to write the report as JSON, if anywhere.</param>
/// <param name="KeyDirectory">The dev key folder; null for the repository's.</param>
/// <param name="HostPid">The host's process id, to sample its memory from /proc; null to skip.</param>
/// <param name="Warmup">
/// Copies sent the same way, and followed until settled, before the measured ones: the host's code is compiled and its
/// caches filled by then, so the figures are the sustained ones. Not counted in the report.
/// </param>
internal sealed record LoadSettings(
    Uri Url,
    string FixturePath,
    int Messages,
    double? Rate,
    int? Concurrency,
    string Client,
    string Operator,
    string FhirVersion,
    TimeSpan Timeout,
    string? JsonPath,
    string? KeyDirectory,
    int? HostPid,
    int Warmup = 0)
{
    /// <summary>The <c>$process-message</c> endpoint copies are posted to.</summary>
    public Uri ProcessMessageUrl => new(Url, $"fhir/{FhirVersion}/$process-message");

    /// <summary>The load shape for the report: <c>rate 300/s</c> or <c>concurrency 32</c>.</summary>
    public string Mode => Rate is { } rate ? $"rate {rate:0.##}/s" : $"concurrency {Concurrency}";
}
