using Interop.Fhir.R4;
using Interop.Mappings.DischargeMedicines;

namespace Interop.Mappings.Tests.DischargeMedicines;

public sealed class DischargeMessageTests
{
    private const string MessageId = "message-identifier";

    [Fact]
    public void Document_MessageEmbedsDocumentBundle_ReturnsThatBundle()
    {
        var document = new Bundle { Type = new Code("document"), Entry = [Entry("urn:uuid:c1", Composition("c1", "document-identifier"))] };
        var message = Message("urn:uuid:doc", Entry("urn:uuid:org", new Organization()), new Bundle.EntryComponent { FullUrl = new FhirUri("urn:uuid:doc"), Resource = document });

        DischargeMessage.Document(message).Should().BeSameAs(document);
    }

    [Theory]
    [InlineData("urn:uuid:c2")]
    [InlineData("Composition/c2")]
    public void Document_FlattenedMessage_PutsFocusedCompositionFirstAndLeavesHeaderOut(string focus)
    {
        var first = Composition("c1", "first-identifier");
        var focused = Composition("c2", "focused-identifier");
        var patient = new Patient { Id = new Id("p1") };
        var message = Message(focus, Entry("urn:uuid:c1", first), Entry("urn:uuid:p1", patient), Entry("urn:uuid:c2", focused));

        var document = DischargeMessage.Document(message)!;

        document.Type!.Value.Should().Be("document");
        document.Entry.Select(e => e.Resource).Should().Equal(focused, first, patient);
        document.Identifier!.Value!.Value.Should().Be("focused-identifier", "a document is identified by its Composition, not by the message that carries it");
    }

    [Fact]
    public void Document_FlattenedCompositionWithoutIdentifier_IdentifiedByMessage()
    {
        var message = Message("urn:uuid:c1", Entry("urn:uuid:c1", new Composition { Id = new Id("c1") }));

        DischargeMessage.Document(message)!.Identifier!.Value!.Value.Should().Be(MessageId);
    }

    [Fact]
    public void Document_FocusNamesNoComposition_TakesFirstComposition()
    {
        var composition = Composition("c1", "document-identifier");
        var message = Message("urn:uuid:elsewhere", Entry("urn:uuid:p1", new Patient()), Entry("urn:uuid:c1", composition));

        DischargeMessage.Document(message)!.Entry[0].Resource.Should().BeSameAs(composition);
    }

    [Fact]
    public void Document_NoComposition_ReturnsNull()
    {
        var message = Message("urn:uuid:p1", Entry("urn:uuid:p1", new Patient()));

        DischargeMessage.Document(message).Should().BeNull();
    }

    private static Bundle Message(string focus, params Bundle.EntryComponent[] entries) => new()
    {
        Type = new Code("message"),
        Identifier = new Identifier { Value = new FhirString(MessageId) },
        Entry =
        [
            Entry("urn:uuid:header", new MessageHeader { Focus = [new Reference { ReferenceElement = new FhirString(focus) }] }),
            .. entries,
        ],
    };

    private static Bundle.EntryComponent Entry(string fullUrl, Resource resource) => new() { FullUrl = new FhirUri(fullUrl), Resource = resource };

    private static Composition Composition(string id, string identifier) => new()
    {
        Id = new Id(id),
        Identifier = new Identifier { Value = new FhirString(identifier) },
    };
}
