using Interop.Functions.Errors;
using Interop.Functions.Fhir;
using Interop.Functions.Hosting;
using Interop.Functions.Limits;
using Interop.Functions.Security;
using Interop.Functions.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Interop.Functions.Tests.Security.Support;

/// <summary>
/// The host's services and middleware, composed in the same order as Program.cs, plus test-only endpoints
/// behind the sender and operator policies (the real /fhir writes and /api endpoints are not needed to test them).
/// </summary>
internal sealed class SecuredHost : IAsyncDisposable
{
    public const string Issuer = "https://auth.test.example";
    public const string Audience = "interop-tests";
    public const string SendPath = "/fhir/R4/$test-send";
    public const string SlowPath = "/fhir/R4/$test-slow";
    public const string ApiPath = "/api/test";
    public const string Sender = "test-pharmacy";
    public const string OtherSender = "test-trust";
    public const string Operator = "test-operator";

    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 15, TimeSpan.Zero);

    private readonly WebApplication _app;

    private SecuredHost(WebApplication app) => _app = app;

    /// <summary>How many requests reached the send endpoint.</summary>
    public int SendCalls => _app.Services.GetRequiredService<SendProbe>().Calls;

    public IServiceProvider Services => _app.Services;

    /// <summary>Settings trusting all three <see cref="TestKeys"/> (PEM text, PEM file, JWKS file) with two senders and an operator.</summary>
    public static Dictionary<string, string?> Settings(TestFolder folder) => new()
    {
        ["Interop:Security:Issuer"] = Issuer,
        ["Interop:Security:Audience"] = Audience,
        ["Interop:Security:SigningKeys:0:Pem"] = TestKeys.Rsa.ExportSubjectPublicKeyInfoPem(),
        ["Interop:Security:SigningKeys:1:Path"] = folder.Write("ec.pem", TestKeys.Ec.ExportSubjectPublicKeyInfoPem()),
        ["Interop:Security:JwksFile"] = folder.Write("jwks.json", TestKeys.Jwks()),
        [$"Interop:Security:Clients:{Sender}:Role"] = "sender",
        [$"Interop:Security:Clients:{Sender}:SenderOds:0"] = "FQW30",
        [$"Interop:Security:Clients:{Sender}:Events:0"] = "ITK014M",
        [$"Interop:Security:Clients:{OtherSender}:Role"] = "sender",
        [$"Interop:Security:Clients:{OtherSender}:SenderOds:0"] = "RBT",
        [$"Interop:Security:Clients:{OtherSender}:Events:0"] = "ITK003D",
        [$"Interop:Security:Clients:{Operator}:Role"] = "operator",
    };

    public static async Task<SecuredHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddInteropHost();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        builder.Services.AddSingleton<SendProbe>();

        var app = builder.Build();
        app.UseFhirErrorHandling();
        app.UseInteropLimits();
        app.UseInteropSecurity();
        app.MapFhirMetadata();
        app.MapHealthChecks("/health/live");
        app.MapPost(SendPath, static async (HttpContext context, SendProbe probe) =>
        {
            probe.Called();
            using var sink = new MemoryStream();
            await context.Request.Body.CopyToAsync(sink, context.RequestAborted);
            return Results.Text(sink.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }).RequireAuthorization(InteropPolicies.Sender);
        app.MapGet(SlowPath, static async (HttpContext context) =>
        {
            // Waits for the request's cancellation, which only the request timeout can bring.
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            return Results.Ok();
        }).RequireAuthorization(InteropPolicies.Sender);
        app.MapGet(ApiPath, static () => Results.Text("operator")).RequireAuthorization(InteropPolicies.Operator);

        await app.StartAsync();
        return new SecuredHost(app);
    }

    /// <summary>A client whose requests carry <paramref name="token"/> as a bearer token, if given.</summary>
    public HttpClient CreateClient(string? token = null)
    {
        var client = _app.GetTestClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
