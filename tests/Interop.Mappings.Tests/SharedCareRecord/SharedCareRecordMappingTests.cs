using FluentAssertions;
using Interop.Fhir.R4;
using Interop.Mappings.SharedCareRecord;

namespace Interop.Mappings.Tests.SharedCareRecord;

/// <summary>The mapping's rules on the golden case and small variants of it.</summary>
public sealed class SharedCareRecordMappingTests
{
    private const string CaseName = "update-record-blood-pressure";
    private const string PatientFullUrl = "urn:uuid:7d1f4a2e-2a4b-4d2b-9c0e-1b6f3a0c5e01";

    [Fact]
    public void Map_PatientWithoutNhsNumber_ReportsShcr001AndWritesNothing()
    {
        var fixture = ShcrCase.Load(CaseName);
        fixture.Resources.Select(r => r.Resource).OfType<Patient>().Single().Identifier.Clear();

        var result = SharedCareRecordMapping.Map(fixture.Source, fixture.Resources);

        result.Transaction.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Should().Match<SharedCareRecordIssue>(i =>
            i.Code == SharedCareRecordIssueCodes.MissingNhsNumber && i.IsError && i.Location == PatientFullUrl);
    }

    [Fact]
    public void Map_ReferenceToResourceNotInMessage_ReportsShcr002()
    {
        var fixture = ShcrCase.Load(CaseName);
        var resources = fixture.Resources.Where(r => r.Resource is not Encounter).ToList();

        var result = SharedCareRecordMapping.Map(fixture.Source, resources);

        result.Transaction.Should().BeNull();
        result.Issues.Should().NotBeEmpty().And.OnlyContain(i => i.Code == SharedCareRecordIssueCodes.UnresolvedReference && i.IsError);
    }

    [Fact]
    public void Map_NoDocumentIdentifier_ReportsShcr003()
    {
        var fixture = ShcrCase.Load(CaseName);

        var result = SharedCareRecordMapping.Map(fixture.Source with { DocumentValue = " " }, fixture.Resources);

        result.Transaction.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Code.Should().Be(SharedCareRecordIssueCodes.MissingDocumentIdentifier);
    }

    [Fact]
    public void Map_ResourceTypeWithoutIdentifier_ReportsShcr004()
    {
        var fixture = ShcrCase.Load(CaseName);
        var resources = fixture.Resources.Append(new SourceResource("urn:uuid:0b8e3c56-1d2f-4e5a-8b9c-0d1e2f3a4b5c", new Binary { ContentType = new Code("text/plain") })).ToList();

        var result = SharedCareRecordMapping.Map(fixture.Source, resources);

        result.Transaction.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Code.Should().Be(SharedCareRecordIssueCodes.NoBusinessIdentifier);
    }

    [Fact]
    public void Map_SameOrganizationInTwoEntries_WritesItOnceAndPointsBothAtIt()
    {
        var fixture = ShcrCase.Load(CaseName);
        var pharmacy = fixture.Resources.First(r => r.Resource is Organization);
        var copyUrl = "urn:uuid:5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
        var role = fixture.Resources.Select(r => r.Resource).OfType<PractitionerRole>().Single();
        role.Organization = new Reference { ReferenceElement = new FhirString(copyUrl) };
        var resources = fixture.Resources.Append(pharmacy with { FullUrl = copyUrl }).ToList();

        var transaction = SharedCareRecordMapping.Map(fixture.Source, resources).Transaction!;

        var organizations = transaction.Entry.Where(e => e.Resource is Organization).ToList();
        organizations.Should().HaveCount(2, "the pharmacy and the GP practice, the pharmacy once");
        var writtenRole = transaction.Entry.Select(e => e.Resource).OfType<PractitionerRole>().Single();
        writtenRole.Organization!.ReferenceElement!.Value.Should().Be(organizations[0].FullUrl!.Value);
    }

    [Fact]
    public void Map_ReferencesByTypeAndId_AreRewrittenToFullUrls()
    {
        var fixture = ShcrCase.Load(CaseName);
        var observation = fixture.Resources.Select(r => r.Resource).OfType<Observation>().Single();
        observation.Subject = new Reference { ReferenceElement = new FhirString("Patient/7d1f4a2e-2a4b-4d2b-9c0e-1b6f3a0c5e01") };

        var transaction = SharedCareRecordMapping.Map(fixture.Source, fixture.Resources).Transaction!;

        var patientFullUrl = transaction.Entry.Single(e => e.Resource is Patient).FullUrl!.Value;
        transaction.Entry.Select(e => e.Resource).OfType<Observation>().Single().Subject!.ReferenceElement!.Value.Should().Be(patientFullUrl);
    }

    [Fact]
    public void Map_Input_IsNotModified()
    {
        var fixture = ShcrCase.Load(CaseName);
        var before = fixture.Resources.Select(r => ShcrCase.Serializer.Serialize(r.Resource)).ToList();

        SharedCareRecordMapping.Map(fixture.Source, fixture.Resources);

        fixture.Resources.Select(r => ShcrCase.Serializer.Serialize(r.Resource)).Should().Equal(before);
    }

    [Fact]
    public void Map_DuplicateWithNewMessageId_WritesTheSameResourcesUnderTheSameKeys()
    {
        var fixture = ShcrCase.Load(CaseName);
        var original = SharedCareRecordMapping.Map(fixture.Source, fixture.Resources).Transaction!;

        var duplicate = SharedCareRecordMapping.Map(fixture.Source with { MessageId = Guid.Parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") }, fixture.Resources).Transaction!;

        var clinical = (Bundle b) => b.Entry.Where(e => e.Resource is not Provenance).Select(e => ShcrCase.Serializer.Serialize(e));
        clinical(duplicate).Should().Equal(clinical(original));
        duplicate.Entry[^1].Request!.Url!.Value.Should().NotBe(original.Entry[^1].Request!.Url!.Value, "each message has its own Provenance");
    }
}
