namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>Every Update Record example validates against the ITK3/CareConnect profiles with no errors but the data faults it really has.</summary>
public sealed class UpdateRecordExampleTests
{
    public static TheoryData<string> Files => [.. UpdateRecordExamples.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_UpdateRecordExample_FindsOnlyItsDataFaults(string file)
    {
        var parsed = ExampleValidation.Parse(Interop.Fhir.Stu3.FhirModel.Instance, File.ReadAllBytes(Path.Combine(UpdateRecordExamples.Folder, file)));
        UpdateRecordExamples.AddApplicableProfiles(parsed.ResourceAs<Interop.Fhir.Stu3.Resource>()!);

        var errors = ExampleValidation.Errors(ExampleValidation.Itk3, parsed);

        var expected = UpdateRecordExamples.Errors.Where(e => e.Example == file).ToList();
        errors.Should().BeEquivalentTo(expected.Select(e => e.Key), "{0} has only these errors: {1}", file, string.Join("; ", expected.Select(e => e.Reason)));
    }

    [Fact]
    public void Errors_EveryListedExample_IsInTheExamplesFolder()
    {
        UpdateRecordExamples.Errors.Select(e => e.Example).Should().BeSubsetOf(UpdateRecordExamples.Files);
    }
}
