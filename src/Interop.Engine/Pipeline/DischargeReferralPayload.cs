using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Mappings.Bars;
using Interop.Mappings.DischargeMedicines;
using R4 = Interop.Fhir.R4;

namespace Interop.Engine.Pipeline;

/// <summary>
/// What an eDischarge becomes for the Discharge Medicines Service: the BaRS referral for the nominated pharmacy's system,
/// the referral's copy for the GP practice's (mappings/discharge-medicines).
/// </summary>
internal static class DischargeReferralPayload
{
    /// <summary>The referral or copy for <paramref name="destination"/> from <paramref name="r4Message"/>, or the mapping's failure code.</summary>
    public static (R4.Bundle? Referral, string? FailureCode) Map(R4.Bundle r4Message, StoredMessage message, Destination destination, DischargeReferralContext context)
    {
        if (DischargeMessage.Document(r4Message) is not { } document)
        {
            return (null, DischargeMedicinesFailureCodes.NotADischargeDocument);
        }

        var result = DischargeMedicinesMapping.Map(new DischargeMedicinesRequest
        {
            Document = document,
            Pharmacy = context.Pharmacy,
            Gp = context.Gp,
            Source = new BarsMessageSource("Interop integration engine", "Interop", EngineVersion, BarsCodes.Endpoint(BarsCodes.OdsOrganizationCodeSystem, context.EngineOdsCode)),
            // The message's arrival, not the clock: a retried or replayed delivery carries the same referral.
            Timestamp = message.ReceivedAt,
        });
        var referral = destination.Kind == DestinationKind.GpSystem ? result.GpCopy : result.PharmacyReferral;
        return (referral, referral is null ? result.Failures.First().Code : null);
    }

    private static string EngineVersion { get; } = typeof(DischargeReferralPayload).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
