using Interop.Fhir.R4;

namespace Interop.Fhir.FhirPath.Tests.Evaluation;

/// <summary>resolve() finds contained resources and entries of the enclosing Bundle, and nothing outside.</summary>
public sealed class ResolveTests
{
    [Fact]
    public void Resolve_ContainedReference_FindsContainedResource()
    {
        var patient = new Patient
        {
            Contained = [new Organization { Id = new Id { Value = "org1" }, Name = new FhirString { Value = "Surgery" } }],
            ManagingOrganization = new Reference { ReferenceElement = new FhirString { Value = "#org1" } },
        };

        TestResources.R4.Compile("Patient.managingOrganization.resolve().name").Evaluate(patient).Should().ContainSingle()
            .Which.Should().BeOfType<FhirString>().Which.Value.Should().Be("Surgery");
    }

    [Theory]
    [InlineData("urn:uuid:5f1f1a3e-0000-4000-8000-000000000001")]
    [InlineData("Organization/o1")]
    [InlineData("https://example.org/fhir/Organization/o1/_history/2")]
    public void Resolve_ReferenceToBundleEntry_FindsEntry(string reference)
    {
        var bundle = new Bundle
        {
            Entry =
            [
                new Bundle.EntryComponent
                {
                    FullUrl = new FhirUri { Value = "urn:uuid:5f1f1a3e-0000-4000-8000-000000000001" },
                    Resource = new Organization { Id = new Id { Value = "o1" }, Name = new FhirString { Value = "Pharmacy" } },
                },
                new Bundle.EntryComponent
                {
                    Resource = new Patient { ManagingOrganization = new Reference { ReferenceElement = new FhirString { Value = reference } } },
                },
            ],
        };

        TestResources.R4.Compile("Bundle.entry.resource.ofType(Patient).managingOrganization.resolve().name").Evaluate(bundle)
            .Should().ContainSingle().Which.Should().BeOfType<FhirString>().Which.Value.Should().Be("Pharmacy");
    }

    [Fact]
    public void Resolve_ReferenceOutsideTheBundle_IsEmpty()
    {
        var patient = new Patient { ManagingOrganization = new Reference { ReferenceElement = new FhirString { Value = "https://elsewhere.example/Organization/9" } } };

        TestResources.R4.Compile("Patient.managingOrganization.resolve()").Evaluate(patient).Should().BeEmpty();
    }
}
