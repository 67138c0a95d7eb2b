using Interop.Mappings.Bars;

namespace Interop.Mappings.DischargeMedicines;

/// <summary>Maps a UK Core R4 discharge document to a BaRS referral to the patient's nominated pharmacy and a copy to their GP.</summary>
public static class DischargeMedicinesMapping
{
    /// <summary>The referral and the GP copy, each <see langword="null"/> with a failure when it cannot be built; reads no clock.</summary>
    public static DischargeMedicinesResult Map(DischargeMedicinesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (DischargeDocument.Read(request.Document, out var failure) is not { } document
            || ReferralContent.Build(document, out failure) is not { } content)
        {
            return new DischargeMedicinesResult { Failures = [failure!] };
        }

        var failures = new List<DischargeMedicinesFailure>();
        if (request.Pharmacy is not { } nominated)
        {
            // Without a pharmacy there is no referral; the GP copy would name no performer, so it is not sent either.
            failures.Add(new(DischargeMedicinesFailureCodes.NoNominatedPharmacy, "The patient has no nominated pharmacy in the patient directory."));
            return new DischargeMedicinesResult { Failures = failures };
        }

        var pharmacy = ReferralMessage.Organisation(document.DocumentId, nominated.OdsCode, nominated.Name);
        var referral = ReferralMessage.Build(request, document, content, pharmacy, pharmacy, Endpoint(nominated.DosServiceId, nominated.OdsCode));
        if (request.Gp is not { } gp)
        {
            failures.Add(new(DischargeMedicinesFailureCodes.NoRegisteredGp, "The patient's registered GP practice is not known; the GP copy is not sent."));
            return new DischargeMedicinesResult { PharmacyReferral = referral, Failures = failures };
        }

        var endpoint = Endpoint(gp.DosServiceId, gp.OdsCode);
        // The copy gets its own resource instances, so changing one message can never change the other.
        var copyContent = ReferralContent.Build(document, out _)!;
        var copy = ReferralMessage.Build(request, document, copyContent, ReferralMessage.Organisation(document.DocumentId, nominated.OdsCode, nominated.Name), ReferralMessage.Organisation(document.DocumentId, gp.OdsCode, gp.Name), endpoint);
        return new DischargeMedicinesResult { PharmacyReferral = referral, GpCopy = copy };
    }

    // BaRS addresses a service by its DoS id; an organisation without one is addressed by its ODS code.
    private static string Endpoint(string? dosServiceId, string odsCode) => dosServiceId is not null
        ? BarsCodes.Endpoint(BarsCodes.DosServiceIdSystem, dosServiceId)
        : BarsCodes.Endpoint(BarsCodes.OdsOrganizationCodeSystem, odsCode);
}
