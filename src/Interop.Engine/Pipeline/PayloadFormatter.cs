using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Fhir;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Mappings.Stu3ToR4;
using R4 = Interop.Fhir.R4;

namespace Interop.Engine.Pipeline;

/// <summary>
/// Puts a stored payload into the form a destination takes: as received when it matches, else re-serialized, converted
/// from STU3 to R4, or mapped — for a Shared Care Record to the transaction that records it, for the Discharge Medicines
/// Service to the referral (an STU3 GP system, which cannot take the R4 referral, gets the eDischarge itself).
/// </summary>
internal static class PayloadFormatter
{
    /// <summary>The stable code of a payload that cannot be put into the destination's FHIR version.</summary>
    public const string VersionMismatchCode = "ENG415";

    private static readonly FhirJsonSerializer Json = new();
    private static readonly FhirXmlSerializer Xml = new();

    /// <summary>
    /// The payload and its content type for <paramref name="destination"/>, or the code of why it cannot be put into the
    /// destination's form (R4 to STU3; a message a mapping refuses). <paramref name="models"/> gives the payload parsed or
    /// converted, when it must be; <paramref name="discharge"/> is given when the route asked for the Discharge Medicines mapping.
    /// </summary>
    public static FormattedPayload ForDestination(byte[] payload, PayloadModels models, StoredMessage message, Destination destination, DischargeReferralContext? discharge = null)
    {
        var destinationVersion = destination.FhirVersion == DestinationFhirVersion.R4 ? FhirVersions.R4 : FhirVersions.Stu3;
        var recording = destination.Kind == DestinationKind.SharedCareRecord && message.Envelope.Event is not ("transaction" or "batch");
        var referring = discharge is not null && !recording && !(destination.Kind == DestinationKind.GpSystem && destinationVersion == FhirVersions.Stu3);
        var converting = destinationVersion != message.FhirVersion;
        if ((converting || recording || referring) && destinationVersion != FhirVersions.R4)
        {
            return FormattedPayload.Failed(VersionMismatchCode);
        }

        var wantsXml = destination.Format == DestinationFormat.Xml;
        var mediaType = wantsXml ? FhirVersions.XmlMediaType : FhirVersions.JsonMediaType;
        var contentType = $"{mediaType}; charset=utf-8";
        if (!converting && !recording && !referring && message.ContentType == mediaType)
        {
            return new FormattedPayload(payload, contentType);
        }

        var resource = models.Parsed;
        IReadOnlyList<ConversionIssue> issues = [];
        if (converting)
        {
            // What the conversion cannot carry it reports per element; a resource it cannot convert at all is not sent.
            var conversion = models.R4;
            if (conversion.Resource is not { } converted)
            {
                return FormattedPayload.Failed(VersionMismatchCode);
            }

            resource = converted;
            // Information (a profile with no UK Core equivalent left out) loses no clinical meaning; the rest is reported.
            issues = [.. conversion.Issues.Where(i => i.Severity != Interop.Fhir.Serialization.IssueSeverity.Information)];
        }

        if (referring)
        {
            var (referral, failure) = DischargeReferralPayload.Map((R4.Bundle)resource, message, destination, discharge!);
            if (referral is null)
            {
                return FormattedPayload.Failed(failure!);
            }

            resource = referral;
        }
        else if (recording)
        {
            var (transaction, failure) = SharedCareRecordPayload.Map((R4.Bundle)resource, message);
            if (transaction is null)
            {
                return FormattedPayload.Failed(failure!);
            }

            resource = transaction;
        }

        return new FormattedPayload(wantsXml ? Xml.SerializeToUtf8Bytes(resource) : Json.SerializeToUtf8Bytes(resource), contentType, null, issues);
    }
}
