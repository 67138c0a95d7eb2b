using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Interop.Functions.Alerts;
using Interop.Functions.Api;
using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Interop.Functions.Hosting;
using Interop.Functions.Limits;
using Interop.Functions.Messaging;
using Interop.Functions.Metrics;
using Interop.Functions.Security;
using Interop.Functions.Simulators;
using Interop.Functions.Telemetry;

var builder = WebApplication.CreateBuilder(args).AddInteropConfigFile(args);
builder.Services.AddInteropHost();
// Telemetry first: hosted services stop in reverse order, so the exporter outlives the pipeline steps whose spans it flushes.
builder.Services.AddInteropTelemetry();
builder.Services.AddInteropEngineHost(builder.Configuration);
builder.Services.AddInteropOpenApi();

var app = builder.Build();
app.UseFhirErrorHandling();
app.UseInteropLimits();
app.UseConsoleAssets();
app.UseInteropSecurity();
app.MapFhirMetadata();
app.MapMessaging();
app.MapMessageApi();
app.MapMessagePayloadApi();
app.MapAuditApi();
app.MapAlertApi();
app.MapOperationsApi();
app.MapOpenApi();
app.MapSimulators();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessCheck.Tag) });
app.MapMetrics();
app.Run();

/// <summary>The host's entry point, visible to in-memory host tests.</summary>
public partial class Program;
