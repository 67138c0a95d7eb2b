namespace Interop.Mappings.SharedCareRecord;

/// <summary>The identifier systems the Shared Care Record matches resources on.</summary>
internal static class IdentifierSystems
{
    public const string NhsNumber = "https://fhir.nhs.uk/Id/nhs-number";
    public const string OdsOrganizationCode = "https://fhir.nhs.uk/Id/ods-organization-code";
    public const string SdsRoleProfileId = "https://fhir.nhs.uk/Id/sds-role-profile-id";

    /// <summary>RFC 3986 URIs: the system of the derived identifiers and of the message id (<c>urn:uuid:...</c>).</summary>
    public const string Uri = "urn:ietf:rfc:3986";

    /// <summary>Practitioner identifiers in the order they are preferred as the key: SDS first, then the professional registers.</summary>
    public static readonly string[] Practitioner =
    [
        "https://fhir.nhs.uk/Id/sds-user-id",
        "https://fhir.hl7.org.uk/Id/gmc-number",
        "https://fhir.hl7.org.uk/Id/gmp-number",
        "https://fhir.hl7.org.uk/Id/nmc-number",
        "https://fhir.hl7.org.uk/Id/gphc-number",
        "https://fhir.hl7.org.uk/Id/hcpc-number",
    ];
}
