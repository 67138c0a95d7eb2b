using Interop.Fhir.Validation.Terminology;
using Interop.Fhir.Validation.Tests.Packages;

namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>One validator shared by many threads gives each resource the answer it gives alone.</summary>
public sealed class ConcurrentValidationTests
{
    [Fact]
    public void Validate_FromManyThreadsOnAFreshValidator_GivesTheSameIssuesAsOneThread()
    {
        var examples = UkCoreExamples.Files
            .Select(file => ExampleValidation.Parse(Interop.Fhir.R4.FhirModel.Instance, File.ReadAllBytes(Path.Combine(UkCoreExamples.Folder, file))))
            .Where(parsed => parsed.Resource is not null)
            .Select(parsed => parsed.Resource!)
            .ToList();
        var expected = examples.Select(resource => Issues(ExampleValidation.UkCore, resource)).ToList();

        // A new validator and terminology service: their caches of element trees and expansions fill while threads race.
        var shared = new FhirValidator(Stores.UkCore, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(Stores.UkCore) });
        var actual = new string[4 * examples.Count];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Issues(shared, examples[i % examples.Count]));

        actual.Select((issues, i) => (i, issues)).Where(r => r.issues != expected[r.i % examples.Count]).Should().BeEmpty();
    }

    private static string Issues(FhirValidator validator, Base resource) =>
        string.Join("; ", validator.Validate(resource).Issues.Select(i => $"{i.Severity}:{i.Code}@{i.Expression}"));
}
