using Interop.Fhir.Navigation;
using Interop.Fhir.Validation.Tests.Packages;
using Interop.Testing;

namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>
/// The UK Core examples (read from <c>../shared/nhs/ukcore-r4/examples</c>), the profile each is validated against, and the
/// errors that really are in them.
/// </summary>
internal static class UkCoreExamples
{
    private const string Profiles = "https://fhir.hl7.org.uk/StructureDefinition/";

    /// <summary>The examples folder.</summary>
    public static string Folder => SharedFiles.Path("nhs", "ukcore-r4", "examples");

    /// <summary>The example file names, in order.</summary>
    public static IReadOnlyList<string> Files =>
        [.. Directory.EnumerateFiles(Folder, "*.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Errors the examples really have; every other example validates without errors.</summary>
    public static IReadOnlyList<ExpectedError> Errors { get; } =
    [
        new("Extension-UKCore-ConditionEpisode-Example.xml", "XML110", "Condition.extension[0].value",
            "the extension has both valueCode and valueCodeableConcept; value[x] has one value"),
        new("Extension-UKCore-ConditionEpisode-Example.xml", "VAL103", "Condition.extension[0].value",
            "the value kept, valueCode, is not the CodeableConcept the extension's value[x] allows"),
        new("Extension-UKCore-RecordingSetting-Example.xml", "VAL150", "Observation.extension[0]",
            "the URL is misspelt (Extension-UKCore-RcordingSetting): no such extension is defined"),
        .. Enumerable.Range(0, 8).Select(i => new ExpectedError("UKCore-Bundle-NEWS2Observations-Example.xml", "VAL173", $"Bundle.entry[{i}].fullUrl",
            "fullUrl is relative (Observation/<id>); a Bundle entry's fullUrl must be absolute")),
        new("Extension-UKCore-DeliveryChannel-Example.xml", "VAL125", "Appointment.extension[0].value.coding[0].display", InPerson),
        new("UKCore-Appointment-OrthopaedicSurgery-Example.xml", "VAL125", "Appointment.extension[1].value.coding[0].display", InPerson),
        new("UKCore-HealthcareService-OrthopaedicService-Example.xml", "VAL125", "HealthcareService.serviceProvisionCode[0].coding[0].display",
            "the display of service-provision-conditions#free is Free; the example gives the code's definition"),
        new("UKCore-Patient-BabyPatient-Example.xml", "VAL190", "Patient.identifier[0].value",
            "the NHS number fails its Modulus 11 check"),
        new("UKCore-Provenance-RARecordConsent-Example.xml", "VAL160", "Provenance.agent[0].onBehalfOf",
            "the reference is Organization/ followed by a profile URL, which FHIR's reference pattern reads as a StructureDefinition"),
    ];

    private const string InPerson = "the display of UKCore-DeliveryChannel#In-person is In-person; the example writes In person";

    /// <summary>
    /// The profile to validate an example against: none when it declares its own in <c>meta.profile</c>; else the UK Core
    /// profile for its type whose name starts the file name the longest way (<c>UKCore-Observation-VitalSigns-BMI</c>
    /// for <c>UKCore-Observation-VitalSigns-BMI-Example.xml</c>); else <c>UKCore-[type]</c>; else none (core only).
    /// </summary>
    public static IReadOnlyList<string> ProfilesFor(string file, Base resource)
    {
        if (DeclaresProfile(resource))
        {
            return [];
        }

        var type = resource.TypeName();
        var name = Renamed.GetValueOrDefault(file, file);
        var byName = Stores.UkCore.Canonicals("StructureDefinition")
            .Select(c => c.Split('|')[0])
            .Where(c => c.StartsWith(Profiles + "UKCore-", StringComparison.Ordinal)
                && name.StartsWith(c[Profiles.Length..] + "-", StringComparison.Ordinal)
                && Stores.UkCore.FindStructureDefinition(c)?.Type == type)
            .MaxBy(c => c.Length);
        var byType = Profiles + "UKCore-" + type;
        return byName is not null ? [byName]
            : Stores.UkCore.FindStructureDefinition(byType) is not null ? [byType]
            : [];
    }

    /// <summary>Whether <paramref name="resource"/> names its own profiles in <c>meta.profile</c>.</summary>
    public static bool DeclaresProfile(Base resource) => resource.Child("meta").Children("profile").Any();

    /// <summary>Examples whose file name puts the words of their profile's name in another order.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["UKCore-VitalSigns-Observation-OxygenSaturation-Example.xml"] = "UKCore-Observation-VitalSigns-OxygenSaturation-Example.xml",
    };
}
