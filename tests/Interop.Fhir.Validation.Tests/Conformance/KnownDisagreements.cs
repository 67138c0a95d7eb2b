namespace Interop.Fhir.Validation.Tests.Conformance;

/// <summary>
/// Suite cases where the validator and HL7's reference still disagree on validity, each with what differs (measured with
/// <c>interop conformance validator</c>). A listed case must still disagree: when one starts agreeing, take it off the list.
/// </summary>
internal static class KnownDisagreements
{
    /// <summary>What differs, by case name.</summary>
    public static IReadOnlyDictionary<string, string> ByName { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fixed-quantity-binding-observation"] = "the reference finds what we do not yet check: The code provided (http://unitsofmeasure.org#m) was not found in the value set 'Common UCUM Codes for Age' (ht",
        ["bundle-document-versioned-references-bad"] = "the reference finds what we do not yet check: Multiple matches in bundle for reference Observation/ObservationExample",
        ["bad-bundle-reference-type-4"] = "the reference finds what we do not yet check: Matching reference for reference Practitioner/5d9588d8-3cd6-4b32-8fb7-ad13694e069d has resourceType Organizati",
        ["no/Person-test"] = "we report errors the reference does not (VAL150@Person.address[0].extension[0])",
        ["no/Person-test-bad"] = "we report errors the reference does not (VAL150@Person.address[0].extension[0])",
        ["patient-extension-complex-bad2"] = "the reference finds what we do not yet check: Sub-extension url 'species-x' is not defined by the Extension http://hl7.org/fhir/StructureDefinition/patient-",
        ["patient-extension-bad"] = "the reference finds what we do not yet check: Extension.url must be an absolute URL",
        ["bundle-ihe-good"] = "the reference finds what we do not yet check: The fullUrl 'http://acme.com/Patient/pat1' looks like a RESTful server URL, so it must end with the correct ty",
        ["ext-ctxt-bad-active"] = "the reference finds what we do not yet check: The extension http://hl7.org/fhir/test/StructureDefinition/ext-ctxt-defn is not allowed to be used at this poi",
        ["ext-ctxt-bad-rtype"] = "the reference finds what we do not yet check: The extension http://hl7.org/fhir/test/StructureDefinition/ext-ctxt-defn is not allowed to be used at this poi",
        ["ext-ctxt-bad-address"] = "the reference finds what we do not yet check: The extension http://hl7.org/fhir/test/StructureDefinition/ext-ctxt-defn is not allowed to be used at this poi",
        ["ext-ctxt-bad-ext"] = "the reference finds what we do not yet check: The extension http://hl7.org/fhir/test/StructureDefinition/ext-ctxt-defn is not allowed to be used at this poi",
        ["exta-ctxt-bad-name"] = "the reference finds what we do not yet check: The extension http://hl7.org/fhir/test/StructureDefinition/exta-ctxt-defn is not allowed to be used at this po",
        ["extb-ctxt-bad"] = "the reference finds what we do not yet check: The extension http://hl7.org/fhir/test/StructureDefinition/extb-ctxt-defn is not allowed to be used at this po",
        ["dr-example-org"] = "the reference finds what we do not yet check: Example URLs are not allowed in this context (http://repository.example.org/fhir/DocumentReference/example)",
        ["mr-covid-bnd1"] = "the reference finds what we do not yet check: Coding.system must be an absolute reference, not a local reference",
        ["bundle-with-extensions"] = "the reference finds what we do not yet check: Except for transactions and batches, each entry in a Bundle must have a fullUrl which is the identity of the r",
        ["obs-temp-bad"] = "the reference finds what we do not yet check: BodyTempCode: magic LOINC code 8310-5 required, but not found (from http://hl7.org/fhir/StructureDefinition/bo",
        ["patient-ig-bad"] = "the reference finds what we do not yet check: Patient.name: minimum required = 1, but only found 0 (from http://hl7.org/fhir/test/StructureDefinition/patien",
        ["parameters-reference-bad"] = "the reference finds what we do not yet check: Unable to resolve resource with reference 'Patient/2'",
        ["bundle-bad-by-param"] = "the reference finds what we do not yet check: Patient.name: minimum required = 1, but only found 0 (from http://hl7.org/fhir/test/StructureDefinition/parame",
        ["test-input-params-example1"] = "we report errors the reference does not (VAL150@Parameters.parameter[0].modifierExtension[0])",
        ["observation-bad-profile"] = "the reference finds what we do not yet check: Profile http://hl7.org/fhir/StructureDefinition/Count is for type StructureDefinition[http://hl7.org/fhir/Stru",
        ["sdoh-type-slice"] = "the reference finds what we do not yet check: Wrong Display Name 'Within the past 12 months the food we bought just didn't last and we didn't have money to ",
        ["bundle-id-1"] = "we report errors the reference does not (VAL175@Bundle.entry[0].resource)",
        ["bundle-id-5"] = "the reference finds what we do not yet check: Wrong Display Name 'SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 100 mcg/0.5mL ",
        ["contained-resource-bad-id-ignore"] = "we report errors the reference does not (JSON107@Condition.contained[0].id)",
        ["encounter-period"] = "the reference finds what we do not yet check: Constraint failed: per-1: 'If present, start SHALL have a lower value than end'",
        ["library-fhir-model-definition"] = "disagrees with the reference",
        ["bad-markdown-no-html"] = "the reference finds what we do not yet check: The markdown contains content that appears to be an embedded HTML tag starting at '<r'. This will (or SHOULD) ",
        ["PulseOxBundle_25Oct2022"] = "the reference finds what we do not yet check: Wrong Display Name 'O2 % BldC Oximetry' for http://loinc.org#59408-5. Valid display is one of 3 choices: 'Oxyg",
        ["maiden-name-extension"] = "the reference finds what we do not yet check: The extension http://hl7.org/fhir/StructureDefinition/humanname-mothers-family v5.3.0-ballot is not allowed to",
        ["obs-mz"] = "the reference finds what we do not yet check: Error generating Snapshot: The path must be 'Observation.value[x]' not 'Observation.valueBla' when the type li",
        ["StructureDefinition-Slice23"] = "the reference finds what we do not yet check: The element at AuditEvent.agent.extension defines the slicing unordered/open [value=url] but then an element i",
        ["relative_reference_to_fullUrl.id_in_Composition"] = "the reference finds what we do not yet check: The fullUrl 'http://zrbj.eu/x/Organization/666' looks like a RESTful server URL, but the resource has no id",
        ["relative_reference_to_fullUrl.id_in_target_resource"] = "the reference finds what we do not yet check: Can't find 'Organization/666' in the bundle (Composition.author). Note that there is a resource in the bundle ",
        ["relative_reference_to_fullUrl.no_ids.PROBLEM"] = "the reference finds what we do not yet check: Can't find 'Organization/666' in the bundle (Composition.author)",
        ["relative_reference_to_TYPE_ID.all_fullUrl_UUID"] = "the reference finds what we do not yet check: Can't find 'Organization/666' in the bundle (Composition.author). Note that there is a resource in the bundle ",
        ["ips-nz-pj"] = "the reference finds what we do not yet check: Wrong Display Name 'History of Immunization Narrative' for http://loinc.org#11369-6. Valid display is one of 3",
        ["res-inv-example-good"] = "we report errors the reference does not (VAL150@Bundle.entry[0].resource.extension[0])",
        ["res-inv-example-bad"] = "we report errors the reference does not (VAL150@Bundle.entry[0].resource.extension[0])",
        ["ext-derived"] = "the reference finds what we do not yet check: Value is 'http://hl7.org/fhir/test/StructureDefinition/ext-derived' but is fixed to 'http://hl7.org/fhir/test/",
        ["test-ndjson"] = "the reference finds what we do not yet check: Constraint failed: per-1: 'If present, start SHALL have a lower value than end'",
        ["extension-version-restriction-range-r4"] = "we report errors the reference does not (VAL150@Patient.extension[0])",
        ["extension-version-restriction-range-ctxt-r4"] = "we report errors the reference does not (VAL150@Patient.extension[0])",
        ["standards-status-x-r4"] = "we report errors the reference does not (VAL150@CodeSystem.extension[0])",
        ["aggregation-apart-good4"] = "the case is R4 but its expected outcome is R5's (java/R5.aggregation-apart-good-base.json), where Encounter.class is 0..*; in R4 it is 1..1 and the instance has none (VAL101@Encounter.class)",
    };
}
