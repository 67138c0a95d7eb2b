using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Interop.Functions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddInteropHost();

var app = builder.Build();
app.UseFhirErrorHandling();
app.MapFhirMetadata();
app.MapHealthChecks("/health/live");
app.Run();

/// <summary>The host's entry point, visible to in-memory host tests.</summary>
public partial class Program;
