namespace Interop.Functions.Telemetry;

/// <summary>Where the host exports its traces over OTLP; bound from <c>Interop:Telemetry</c>. Off when no endpoint is set.</summary>
internal sealed class TelemetryOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Interop:Telemetry";

    /// <summary>The OTLP/HTTP collector's base URL (traces go to <c>/v1/traces</c>), or null to export nothing.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The <c>service.name</c> the collector files the host's telemetry under.</summary>
    public string ServiceName { get; set; } = "interop";
}
