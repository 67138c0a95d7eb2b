namespace Interop.Mappings.Bars;

/// <summary>The BaRS 1.4 code systems, profiles and identifiers a <c>servicerequest-request</c> message uses.</summary>
public static class BarsCodes
{
    /// <summary>The BaRS message event code system.</summary>
    public const string MessageEventSystem = "https://fhir.nhs.uk/CodeSystem/message-events-bars";

    /// <summary>The event of a referral request.</summary>
    public const string ServiceRequestRequest = "servicerequest-request";

    /// <summary>The BaRS message reason code system.</summary>
    public const string MessageReasonSystem = "https://fhir.nhs.uk/CodeSystem/message-reason-bars";

    /// <summary>The reason of a first request (not an update or a cancellation).</summary>
    public const string ReasonNew = "new";

    /// <summary>The BaRS ServiceRequest category code system.</summary>
    public const string ServiceRequestCategorySystem = "https://fhir.nhs.uk/CodeSystem/message-category-servicerequest";

    /// <summary>The category of a referral (BaRS display "Transfer of Care").</summary>
    public const string CategoryReferral = "referral";

    /// <summary>The MessageDefinition of a referral request.</summary>
    public const string ReferralDefinition = "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-referral";

    /// <summary>The BaRS message Bundle profile.</summary>
    public const string BundleProfile = "https://fhir.nhs.uk/StructureDefinition/BARSBundleMessage";

    /// <summary>The BaRS MessageHeader profile of a referral request.</summary>
    public const string MessageHeaderProfile = "https://fhir.nhs.uk/StructureDefinition/BARSMessageHeader-servicerequest-request";

    /// <summary>The system BaRS prefixes a Directory of Services id with in <c>destination.endpoint</c> and <c>source.endpoint</c>.</summary>
    public const string DosServiceIdSystem = "http://fhir.nhs.uk/Id/dos-service-id";

    /// <summary>The ODS organisation code system, used as the endpoint of a receiver that has no DoS service.</summary>
    public const string OdsOrganizationCodeSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

    /// <summary>A BaRS endpoint value: <c>system|value</c>.</summary>
    public static string Endpoint(string system, string value) => $"{system}|{value}";
}
