namespace Interop.Engine.Acknowledgements;

/// <summary>The ITK3 definitions an ITK response declares and refers to, as the ITK3 messaging distribution publishes them.</summary>
internal static class ItkProfiles
{
    /// <summary>ITK-Message-Bundle-1, the response Bundle.</summary>
    public const string MessageBundle = "https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Message-Bundle-1";

    /// <summary>ITK-MessageHeader-2, the response's header.</summary>
    public const string MessageHeader = "https://fhir.nhs.uk/STU3/StructureDefinition/ITK-MessageHeader-2";

    /// <summary>ITK-Response-OperationOutcome-1, the response's outcome.</summary>
    public const string ResponseOutcome = "https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Response-OperationOutcome-1";

    /// <summary>CareConnect-ITK-Header-Organization-1, the organisations the header names.</summary>
    public const string HeaderOrganization = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-ITK-Header-Organization-1";

    /// <summary>Extension-ITK-MessageHandling-2, the handling specification every ITK3 header carries.</summary>
    public const string MessageHandling = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-ITK-MessageHandling-2";

    /// <summary>ITK-RecipientType-1.</summary>
    public const string RecipientTypeSystem = "https://fhir.nhs.uk/STU3/CodeSystem/ITK-RecipientType-1";

    /// <summary>The MessageDefinition of the ITK Response, the response every ITK3 message definition allows.</summary>
    public const string ResponseMessageDefinition = "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-Response-MessageDefinition-1";
}
