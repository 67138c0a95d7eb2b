using Interop.Fhir.Validation.Terminology;

namespace Interop.Fhir.Validation.Tests.Terminology;

/// <summary>The resources the terminology tests check codes against, loaded once.</summary>
internal static class TerminologyTestData
{
    public const string Shapes = "http://example.org/fhir/CodeSystem/shapes";

    public const string Snomed = "http://snomed.info/sct";

    public const string FixtureValueSets = "http://example.org/fhir/ValueSet/";

    private static readonly Lazy<TestConformanceResolver> R4Resolver = new(() => TestConformanceResolver.R4()
        .WithCore(
            "ValueSet-administrative-gender.json",
            "CodeSystem-administrative-gender.json",
            "ValueSet-observation-status.json",
            "CodeSystem-observation-status.json",
            "ValueSet-v3-PersonalRelationshipRoleType.json",
            "CodeSystem-v3-RoleCode.json",
            "ValueSet-encounter-participant-type.json",
            "CodeSystem-v3-ParticipationType.json",
            "ValueSet-clinical-findings.json",
            "CodeSystem-snomedct.json",
            "ValueSet-example-hierarchical.json",
            "ValueSet-inactive.json",
            "ValueSet-task-code.json",
            "CodeSystem-task-code.json")
        .WithUkCore(
            "ValueSet-UKCore-PersonStatedGenderCode.xml",
            "CodeSystem-NHSDataModelAndDictionary-PersonStatedGenderCode.xml",
            "ValueSet-UKCore-VaccineCode.xml",
            "ValueSet-UKCore-ACVPU.xml")
        .WithFixtures());

    /// <summary>The R4 core, UK Core and made-up resources.</summary>
    public static TestConformanceResolver R4 => R4Resolver.Value;

    /// <summary>A fresh service, so that no test depends on what another cached.</summary>
    public static ITerminologyService NewService() => TerminologyServiceFactory.Create(R4);
}
