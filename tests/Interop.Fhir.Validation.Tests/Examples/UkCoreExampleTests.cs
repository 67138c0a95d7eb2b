namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>Every UK Core example validates against its UK Core profile with no errors but the ones it really has.</summary>
public sealed class UkCoreExampleTests
{
    public static TheoryData<string> Files => [.. UkCoreExamples.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_UkCoreExample_FindsOnlyTheErrorsItReallyHas(string file)
    {
        var parsed = Parse(file);
        var profiles = UkCoreExamples.ProfilesFor(file, parsed.Resource!);

        var errors = ExampleValidation.Errors(ExampleValidation.UkCore, parsed, profiles);

        var expected = UkCoreExamples.Errors.Where(e => e.Example == file).ToList();
        errors.Should().BeEquivalentTo(expected.Select(e => e.Key), "{0} against {1} has only these errors: {2}",
            file, profiles.FirstOrDefault() ?? "its meta.profile", string.Join("; ", expected.Select(e => e.Reason)));
    }

    [Theory]
    [InlineData("UKCore-Observation-VitalSigns-BodyWeight-Example.xml", "UKCore-Observation-VitalSigns-BodyWeight")]
    [InlineData("UKCore-VitalSigns-Observation-OxygenSaturation-Example.xml", "UKCore-Observation-VitalSigns-OxygenSaturation")]
    [InlineData("UKCore-DiagnosticReport-Lab-DiagnosticStudiesReport-Example.xml", "UKCore-DiagnosticReport-Lab")]
    [InlineData("UKCore-Device-BloodPressure-Sphygmomanometer-Example.xml", "UKCore-Device-BloodPressure")]
    [InlineData("UKCore-Observation-HeavyDrinker-Example.xml", "UKCore-Observation")]
    [InlineData("Extension-UKCore-BirthPlace-Example.xml", "UKCore-Patient")]
    public void ProfilesFor_ExampleWithoutMetaProfile_PicksTheMostSpecificUkCoreProfile(string file, string profile)
    {
        UkCoreExamples.ProfilesFor(file, Parse(file).Resource!).Should().Equal("https://fhir.hl7.org.uk/StructureDefinition/" + profile);
    }

    [Fact]
    public void ProfilesFor_EveryExampleWithoutMetaProfile_NamesAUkCoreProfile()
    {
        var unprofiled = UkCoreExamples.Files
            .Select(file => (file, resource: Parse(file).Resource!))
            .Where(e => !UkCoreExamples.DeclaresProfile(e.resource) && UkCoreExamples.ProfilesFor(e.file, e.resource).Count == 0)
            .Select(e => e.file);

        unprofiled.Should().BeEmpty("every UK Core example's type has a UK Core profile");
    }

    [Fact]
    public void Errors_EveryListedExample_IsInTheExamplesFolder()
    {
        UkCoreExamples.Errors.Select(e => e.Example).Should().BeSubsetOf(UkCoreExamples.Files);
    }

    private static Interop.Fhir.Serialization.ParseResult Parse(string file) =>
        ExampleValidation.Parse(Interop.Fhir.R4.FhirModel.Instance, File.ReadAllBytes(Path.Combine(UkCoreExamples.Folder, file)));
}
