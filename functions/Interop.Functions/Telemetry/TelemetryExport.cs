using Interop.Engine.Telemetry;
using Interop.Functions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Interop.Functions.Telemetry;

/// <summary>
/// Exports the pipeline's spans to an OTLP/HTTP collector while the host runs, when <see cref="TelemetryOptions.OtlpEndpoint"/>
/// is set; stopping flushes what is buffered. Only the engine's own spans go: HttpClient's would carry URLs such as the
/// patient directory's <c>Patient/{nhsNumber}</c>. Metrics are scraped from <c>/metrics</c> instead.
/// </summary>
internal sealed class TelemetryExport(IOptions<TelemetryOptions> options) : IHostedService, IDisposable
{
    private TracerProvider? _traces;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.OtlpEndpoint is not { } endpoint)
        {
            return Task.CompletedTask;
        }

        var resource = ResourceBuilder.CreateDefault().AddService(options.Value.ServiceName, serviceVersion: HostVersion.Current);
        _traces = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(EngineTracing.SourceName)
            // Every message is traced: a parent-based sampler would drop the spans of a request whose caller did not sample it.
            .SetSampler(new AlwaysOnSampler())
            .AddOtlpExporter(otlp =>
            {
                otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
                otlp.Endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/v1/traces");
            })
            .Build();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Shutting down flushes the exporter, so the last spans of a stopping host still reach the collector. (Disposing
        // a provider that was not shut down first threw NullReferenceException inside OpenTelemetry 1.20.1 here.)
        _traces?.Shutdown();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _traces?.Dispose();
        _traces = null;
    }
}
