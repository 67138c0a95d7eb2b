using Interop.Fhir.Serialization;

namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>Valid examples with one rule broken at a time: each change causes exactly its one error, at its place.</summary>
public sealed class ExampleMutationTests
{
    public static TheoryData<string> Names => [.. ExampleMutations.ByName.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Validate_ExampleWithOneRuleBroken_FindsExactlyThatError(string name)
    {
        var mutation = ExampleMutations.ByName[name];
        var before = Errors(mutation, mutate: false);

        var after = Errors(mutation, mutate: true);

        after.Should().BeEquivalentTo([.. before, mutation.Key], "breaking '{0}' in {1} adds that one error", name, mutation.Example);
    }

    // The example's errors as the example tests find them (none, or its listed data faults), after the mutation or not.
    private static IReadOnlyList<string> Errors(ExampleMutation mutation, bool mutate)
    {
        ParseResult parsed;
        IReadOnlyList<string> profiles;
        FhirValidator validator;
        if (mutation.UpdateRecord)
        {
            parsed = ExampleValidation.Parse(Interop.Fhir.Stu3.FhirModel.Instance, File.ReadAllBytes(Path.Combine(UpdateRecordExamples.Folder, mutation.Example)));
            UpdateRecordExamples.AddApplicableProfiles(parsed.ResourceAs<Interop.Fhir.Stu3.Resource>()!);
            (profiles, validator) = ([], ExampleValidation.Itk3);
        }
        else
        {
            parsed = ExampleValidation.Parse(Interop.Fhir.R4.FhirModel.Instance, File.ReadAllBytes(Path.Combine(UkCoreExamples.Folder, mutation.Example)));
            profiles = mutation.Profile is { } profile ? [profile] : UkCoreExamples.ProfilesFor(mutation.Example, parsed.Resource!);
            validator = ExampleValidation.UkCore;
        }

        if (mutate)
        {
            mutation.Apply(parsed.Resource!);
        }

        return ExampleValidation.Errors(validator, parsed, profiles);
    }
}
