using R4 = Interop.Fhir.R4;
using Interop.Functions.Fhir;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Simulators;

/// <summary>
/// Stand-ins for the systems around the engine, so <c>./run.sh</c> shows a message delivered end to end: GP systems,
/// pharmacy systems and sender mailboxes that accept and record what they are sent, a Shared Care Record sandbox, and a
/// PDS-style patient directory. Clearly simulators: all under <c>/simulators</c>, off unless configured.
/// </summary>
internal static class SimulatorEndpoints
{
    private const string NominatedPharmacy = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NominatedPharmacy";
    private const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

    /// <summary>Maps the simulators when they are enabled.</summary>
    public static IEndpointRouteBuilder MapSimulators(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<SimulatorOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        var simulators = endpoints.MapGroup("/simulators").AllowAnonymous();
        simulators.MapPost("/{kind:regex(^(gp|pharmacy|mailbox)$)}/{ods}", static (string kind, string ods, HttpRequest request, SimulatorInbox inbox, TimeProvider clock) =>
            Accept(inbox, $"{kind}/{ods}", request, clock));
        simulators.MapPost("/shcr", static (HttpRequest request, SimulatorInbox inbox, TimeProvider clock) => Accept(inbox, "shcr", request, clock));
        simulators.MapGet("/{kind:regex(^(gp|pharmacy|mailbox)$)}/{ods}/received", static (string kind, string ods, SimulatorInbox inbox) => Results.Json(inbox.Received($"{kind}/{ods}")));
        simulators.MapGet("/shcr/received", static (SimulatorInbox inbox) => Results.Json(inbox.Received("shcr")));
        simulators.MapGet("/pds/Patient/{nhsNumber}", static async (string nhsNumber, HttpContext context, IOptions<SimulatorOptions> options, FhirResponder responder) =>
        {
            if (options.Value.Patients.FirstOrDefault(p => p.NhsNumber == nhsNumber) is { } patient)
            {
                await responder.WriteResourceAsync(context, ToPatient(patient));
                return;
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        return endpoints;
    }

    private static async Task<IResult> Accept(SimulatorInbox inbox, string system, HttpRequest request, TimeProvider clock)
    {
        // Read to the end, as a real receiver would, without keeping the body.
        var bytes = 0L;
        var buffer = new byte[16 * 1024];
        for (int read; (read = await request.Body.ReadAsync(buffer)) > 0;)
        {
            bytes += read;
        }

        var requestId = request.Headers["X-Request-Id"].ToString();
        if (requestId.Length == 0)
        {
            return Results.BadRequest();
        }

        inbox.Record(system, new SimulatedDelivery(requestId, request.Headers["X-Correlation-Id"].ToString(), request.ContentType, bytes, clock.GetUtcNow()));
        return Results.Ok();
    }

    private static R4.Patient ToPatient(SimulatedPatient simulated)
    {
        var patient = new R4.Patient { Id = new R4.Id(simulated.NhsNumber) };
        patient.Identifier.Add(new R4.Identifier { System = new R4.FhirUri("https://fhir.nhs.uk/Id/nhs-number"), Value = new R4.FhirString(simulated.NhsNumber) });
        if (simulated.GpPracticeOds is { } gp)
        {
            patient.GeneralPractitioner.Add(new R4.Reference { Identifier = new R4.Identifier { System = new R4.FhirUri(OdsSystem), Value = new R4.FhirString(gp) } });
        }

        if (simulated.NominatedPharmacyOds is { } pharmacy)
        {
            patient.Extension.Add(new R4.Extension
            {
                Url = NominatedPharmacy,
                Value = new R4.Reference { Identifier = new R4.Identifier { System = new R4.FhirUri(OdsSystem), Value = new R4.FhirString(pharmacy) } },
            });
        }

        return patient;
    }
}
