using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Interop.Functions.Hosting;
using Interop.Functions.Limits;
using Interop.Functions.Security;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddInteropHost();

var app = builder.Build();
app.UseFhirErrorHandling();
app.UseInteropLimits();
app.UseInteropSecurity();
app.MapFhirMetadata();
app.MapHealthChecks("/health/live");
app.Run();

/// <summary>The host's entry point, visible to in-memory host tests.</summary>
public partial class Program;
