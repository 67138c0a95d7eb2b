namespace Interop.Benchmarks.FhirPath;

/// <summary>
/// Ten expressions of the kind routing rules use on GP Connect Update Record messages: an ITK3 message Bundle whose
/// document Bundle (Composition, Patient, ...) is an entry of its own.
/// </summary>
internal static class RoutingExpressions
{
    private const string Documents = "(Bundle.entry.resource | Bundle.entry.resource.ofType(Bundle).entry.resource)";

    public static IReadOnlyList<string> All { get; } =
    [
        "Bundle.entry.resource.ofType(MessageHeader).event.code",
        $"{Documents}.ofType(Patient).identifier.where(system='https://fhir.nhs.uk/Id/nhs-number').value",
        "Bundle.entry.where(fullUrl = %resource.entry.resource.ofType(MessageHeader).sender.reference).resource.ofType(Organization)"
            + ".identifier.where(system='https://fhir.nhs.uk/Id/ods-organization-code').value",
        $"{Documents}.ofType(Composition).type.coding.where(system='http://snomed.info/sct').code",
        "Bundle.entry.resource.ofType(Bundle).entry.resource.ofType(Composition).section.entry.reference",
        "Bundle.entry.resource.ofType(MessageHeader).extension('https://fhir.nhs.uk/STU3/StructureDefinition/Extension-ITK-MessageHandling-2')"
            + ".extension('RecipientType').value.code",
        "Bundle.entry.resource.ofType(MessageHeader).extension.where(url='https://fhir.nhs.uk/STU3/StructureDefinition/Extension-ITK-MessageHandling-2')"
            + ".extension.where(url='BusAckRequested' and value = true).exists()",
        "iif(Bundle.entry.resource.ofType(MessageHeader).event.code = 'ITK014M', 'update-record', 'other')",
        "Bundle.entry.resource.ofType(Bundle).entry.count() + Bundle.entry.count()",
        "meta.profile.where($this.startsWith('https://fhir.nhs.uk/')).exists()",
    ];
}
