using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Patients;
using Interop.Engine.Routing;
using Interop.Mappings.DischargeMedicines;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Pipeline;

/// <summary>
/// What a message becomes for one destination: the one code path a delivery, a replay's dry run and <c>interop map</c>
/// share, so what an operator previews is what is sent.
/// </summary>
internal sealed class DeliveryOutputs(IPatientDirectory patients, IDestinationDirectory destinations, ParsedPayloads parsed, IOptions<PipelineOptions> options)
{
    /// <summary>The body and content type for <paramref name="destination"/> under the route's <paramref name="mapping"/>, or the code of why there is none.</summary>
    public async Task<FormattedPayload> BuildAsync(StoredMessage message, byte[] payload, Destination destination, string? mapping, CancellationToken cancellationToken)
    {
        var discharge = mapping == RouteMappings.DischargeMedicines ? await DischargeContextAsync(message, cancellationToken) : null;
        return PayloadFormatter.ForDestination(payload, parsed.For(message, payload), message, destination, discharge);
    }

    // The directories are asked again rather than trusted from routing time: a replay after a nomination changed refers to today's pharmacy.
    private async Task<DischargeReferralContext> DischargeContextAsync(StoredMessage message, CancellationToken cancellationToken)
    {
        var patient = message.Envelope.PatientNhsNumber is { } nhsNumber ? await patients.FindAsync(nhsNumber, cancellationToken) : null;
        var pharmacy = patient?.NominatedPharmacyOds is { } pharmacyOds ? new NominatedPharmacy(pharmacyOds, DosServiceId(pharmacyOds, DestinationKind.PharmacySystem)) : null;
        var gp = patient?.GpPracticeOds is { } gpOds ? new RegisteredGp(gpOds, DosServiceId(gpOds, DestinationKind.GpSystem)) : null;
        return new DischargeReferralContext(pharmacy, gp, options.Value.EngineOdsCode);
    }

    // A destination lists the Directory of Services ids it serves beside its ODS codes; a DoS id is all digits, an ODS code never is.
    private string? DosServiceId(string odsCode, DestinationKind kind) =>
        destinations.FindByOds(odsCode, kind)?.OdsCodes.FirstOrDefault(c => c.Length > 0 && c.All(char.IsAsciiDigit));
}
