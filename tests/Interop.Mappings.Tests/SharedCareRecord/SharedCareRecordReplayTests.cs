using FluentAssertions;
using Interop.Mappings.SharedCareRecord;

namespace Interop.Mappings.Tests.SharedCareRecord;

/// <summary>Applies the transactions to an in-memory server with R4 conditional semantics: a replay leaves the record unchanged.</summary>
public sealed class SharedCareRecordReplayTests
{
    public static TheoryData<string> Cases => ShcrCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_FirstWrite_StoresEveryEntryOnce(string name)
    {
        var server = new InMemoryFhirServer();
        var transaction = Map(name);

        server.Apply(transaction);

        server.Snapshot().Should().HaveCount(transaction.Entry.Count);
        server.Changes.Should().Be(transaction.Entry.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_SameMessageReplayed_LeavesTheRecordUnchanged(string name)
    {
        var server = new InMemoryFhirServer();
        server.Apply(Map(name));
        var before = server.Snapshot();
        var changesBefore = server.Changes;

        server.Apply(Map(name));

        server.Snapshot().Should().Equal(before);
        server.Changes.Should().Be(changesBefore);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_DuplicateWithNewMessageId_AddsOnlyItsProvenance(string name)
    {
        var server = new InMemoryFhirServer();
        server.Apply(Map(name));
        var before = server.Snapshot();

        var fixture = ShcrCase.Load(name);
        server.Apply(SharedCareRecordMapping.Map(fixture.Source with { MessageId = Guid.Parse("0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b") }, fixture.Resources).Transaction!);

        var after = server.Snapshot();
        after.Keys.Except(before.Keys).Should().ContainSingle().Which.Should().StartWith("Provenance/");
        after.Where(r => before.ContainsKey(r.Key)).Should().Equal(before);
    }

    private static Interop.Fhir.R4.Bundle Map(string name)
    {
        var fixture = ShcrCase.Load(name);
        return SharedCareRecordMapping.Map(fixture.Source, fixture.Resources).Transaction!;
    }
}
