using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Interop.Functions.Api;
using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Interop.Functions.Hosting;
using Interop.Functions.Limits;
using Interop.Functions.Messaging;
using Interop.Functions.Metrics;
using Interop.Functions.Security;
using Interop.Functions.Simulators;

var builder = WebApplication.CreateBuilder(args).AddInteropConfigFile(args);
builder.Services.AddInteropHost();
builder.Services.AddInteropEngineHost(builder.Configuration);

var app = builder.Build();
app.UseFhirErrorHandling();
app.UseInteropLimits();
app.UseInteropSecurity();
app.MapFhirMetadata();
app.MapMessaging();
app.MapMessageApi();
app.MapOperationsApi();
app.MapSimulators();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessCheck.Tag) });
app.MapMetrics();
app.Run();

/// <summary>The host's entry point, visible to in-memory host tests.</summary>
public partial class Program;
