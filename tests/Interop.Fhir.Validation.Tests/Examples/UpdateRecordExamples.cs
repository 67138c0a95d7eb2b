using Interop.Fhir.Navigation;
using Interop.Fhir.Stu3;
using Interop.Fhir.Validation.Tests.Packages;
using Interop.Testing;

namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>
/// The GP Connect Update Record examples (read from <c>../shared/nhs/gpconnect-update-record-stu3/examples</c>), the
/// profiles each resource in them is validated against, and the errors that really are in them.
/// </summary>
internal static class UpdateRecordExamples
{
    private const string Profiles = "https://fhir.nhs.uk/STU3/StructureDefinition/";

    /// <summary>The examples folder.</summary>
    public static string Folder => SharedFiles.Path("nhs", "gpconnect-update-record-stu3", "examples");

    /// <summary>The example file names, in order.</summary>
    public static IReadOnlyList<string> Files =>
        [.. Directory.EnumerateFiles(Folder, "*.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Errors the examples really have; every other example validates without errors.</summary>
    public static IReadOnlyList<ExpectedError> Errors { get; } =
    [
        .. Service("blood-pressure-check-service--example-1.xml", "Bundle.entry[2].resource.entry[2]", "Bundle.entry[2].resource.entry[5]"),
        .. Service("contraception-service--example-1.xml", "Bundle.entry[2].resource.entry[2]", "Bundle.entry[2].resource.entry[5]"),
        new("contraception-service--example-1.xml", "VAL150", "Bundle.entry[2].resource.entry[1].resource.extension[0]", CareConnectOnly),
        .. Service("pharmacy-first-service--example-1.xml", "Bundle.entry[2].resource.entry[2]", "Bundle.entry[2].resource.entry[5]"),
        new("pharmacy-first-service--example-1.xml", "VAL150", "Bundle.entry[2].resource.entry[1].resource.extension[0]", CareConnectOnly),
        .. Service("send-document--generic-example.xml", "Bundle.entry[2].resource.entry[1]", "Bundle.entry[2].resource.entry[3]"),
        new("example--gpc-update-record--prsb--procedures-abpm-declined.xml", "VAL101", "Observation.issued",
            "no issued, which CareConnect-GPC-Observation-1 (declared by the other PRSB Observations, applied here) requires"),
        .. JustinThyme,
    ];

    // The CPCS example breaks ITK3's message rules besides its data: the header is not first, no fullUrl is absolute.
    private static IEnumerable<ExpectedError> JustinThyme
    {
        get
        {
            const string File = "update-record--itk3--cpcs-minor-illness--justin-thyme.xml";
            yield return new(File, "VAL171", "Bundle", "the first entry is an Organization; the MessageHeader is the second");
            foreach (var entry in Enumerable.Range(0, 12).Select(i => $"Bundle.entry[{i}]").Append("Bundle.entry[2].resource.entry[0]"))
            {
                yield return new(File, "VAL173", $"{entry}.fullUrl", "the fullUrl is a bare UUID, not an absolute URL (urn:uuid:...)");
            }

            yield return new(File, "VAL101", "Bundle.entry[1].resource.extension[0].extension:MessageDefinition",
                "Extension-ITK-MessageHandling-2 requires a MessageDefinition part; the header has none");
            yield return new(File, "VAL124", "Bundle.entry[1].resource.event.code", "the event code is the placeholder ITK??? (display: TODO - CONFIRM CODE)");
            yield return new(File, "VAL126", "Bundle.entry[4].resource.participant[0].type[0].coding[0].system",
                "the participant type's system is the GPConnect-ParticipantType-1 value set's URL, not a code system's");
            yield return new(File, "VAL162", "Bundle.entry[2].resource.entry[0].resource.author[0]",
                "the document's Composition names an author that is not an entry of the document or the message");
            yield return new(File, "VAL162", "Bundle.entry[2].resource.entry[0].resource.section[10].entry[0]",
                "a section entry that is not an entry of the document or the message");
            yield return new(File, "VAL150", "Bundle.entry[2].resource.entry[0].resource.extension[0]", CareConnectOnly);
            foreach (var entry in new[] { 3, 4, 6, 7, 8 }.Select(i => $"Bundle.entry[{i}].resource.subject.identifier"))
            {
                yield return new(File, "VAL190", $"{entry}.value", NhsNumber);
                yield return new(File, "VAL150", $"{entry}.extension[0]", CareConnectOnly);
            }

            yield return new(File, "VAL190", "Bundle.entry[9].resource.identifier[0].value", NhsNumber);
            yield return new(File, "VAL150", "Bundle.entry[9].resource.identifier[0].extension[0]", CareConnectOnly);
            yield return new(File, "VAL101", "Bundle.entry[9].resource.identifier[0].extension:nhsNumberVerificationStatus",
                "the NHS number's verification status uses the CareConnect extension, not the GP Connect one CareConnect-GPC-Patient-1 requires");
            yield return new(File, "VAL101", "Bundle.entry[7].resource.quantity",
                "no quantity, which CareConnect-GPC-MedicationDispense-1 (declared by the other examples' dispenses, applied here) requires");
        }
    }

    private const string NhsNumber = "the NHS number (4857773456, the examples' test number) fails its Modulus 11 check";

    private const string CareConnectOnly =
        "a CareConnect STU3 extension (https://fhir.hl7.org.uk/STU3/...) that the conformance folder does not ship: unknown here, not a data fault";

    // The pharmacy service examples share a document: its organisation's ODS code is a placeholder and its patient's NHS number fails.
    private static IEnumerable<ExpectedError> Service(string file, string organization, string patient) =>
    [
        new(file, "VAL191", $"{organization}.resource.identifier[0].value", "the ODS code is the placeholder A(*)"),
        new(file, "VAL190", $"{patient}.resource.identifier[0].value", NhsNumber),
    ];

    /// <summary>
    /// Gives every resource of the example (the Bundles' entries too) that declares no profile in <c>meta.profile</c> the
    /// profile that applies to it, and one whose declared profile is loaded only once trimmed of spaces the trimmed
    /// one; on the parsed model, the file is not changed.
    /// </summary>
    public static void AddApplicableProfiles(Resource resource, bool inMessage = false)
    {
        var declared = resource.Meta?.Profile.Select(p => p.Value).OfType<string>().ToList() ?? [];
        var profile = declared.Count == 0 ? ApplicableProfile(resource, inMessage)
            : declared.Select(p => p.Trim()).FirstOrDefault(p => !declared.Contains(p) && Stores.Itk3.FindStructureDefinition(p) is not null);
        if (profile is not null)
        {
            resource.Meta ??= new Meta();
            resource.Meta.Profile.Add(new FhirUri(profile));
        }

        if (resource is Bundle bundle)
        {
            foreach (var entry in bundle.Entry.Select(e => e.Resource).OfType<Resource>())
            {
                AddApplicableProfiles(entry, bundle.Type?.Value == "message");
            }
        }
    }

    /// <summary>
    /// The ITK3 profile for a message or document Bundle, a MessageHeader, the message's own Organization and a Binary;
    /// none for a Composition (the ITK document's, CareConnect-Composition-1, is not in the conformance folder); for any
    /// other type, the GP Connect CareConnect profile of the type when the conformance folder has one.
    /// </summary>
    public static string? ApplicableProfile(Resource resource, bool inMessage) => resource.TypeName() switch
    {
        "Bundle" when resource.Text("type") == "message" => Profiles + "ITK-Message-Bundle-1",
        "Bundle" when resource.Text("type") == "document" => Profiles + "ITK-Document-Bundle-1",
        "MessageHeader" => Profiles + "ITK-MessageHeader-2",
        "Organization" when inMessage => Profiles + "CareConnect-ITK-Header-Organization-1",
        "Binary" => Profiles + "ITK-Attachment-Binary-1",
        "Composition" => null,
        var type when Stores.Itk3.FindStructureDefinition($"{Profiles}CareConnect-GPC-{type}-1") is not null => $"{Profiles}CareConnect-GPC-{type}-1",
        _ => null,
    };
}
