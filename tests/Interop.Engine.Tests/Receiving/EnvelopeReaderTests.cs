using Interop.Engine.Receiving;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Testing;

namespace Interop.Engine.Tests.Receiving;

public sealed class EnvelopeReaderTests
{
    private static readonly FhirXmlParser Stu3Xml = new(Interop.Fhir.Stu3.FhirModel.Instance);
    private static readonly FhirJsonParser R4Json = new(Interop.Fhir.R4.FhirModel.Instance);

    [Theory]
    [InlineData("pharmacy-first-service--example-1.xml")]
    [InlineData("blood-pressure-check-service--example-1.xml")]
    [InlineData("contraception-service--example-1.xml")]
    public void Read_RealUpdateRecordMessages_ReadsTheItkHeader(string file)
    {
        var bundle = Stu3Xml.Parse(SharedFiles.Read("nhs", "gpconnect-update-record-stu3", "examples", file)).Resource!;

        var (envelope, issue) = EnvelopeReader.Read(bundle);

        issue.Should().BeNull();
        envelope.Event.Should().Be("ITK014M");
        envelope.EventSystem.Should().Be("https://fhir.nhs.uk/STU3/CodeSystem/ITK-MessageEvent-2");
        envelope.SenderOds.Should().Be("FQW30");
        envelope.PatientNhsNumber.Should().Be("4857773456", "the patient is inside the document Bundle the header's focus points at");
        envelope.InfAckRequested.Should().BeTrue();
        envelope.BusAckRequested.Should().BeTrue();
        envelope.SourceEndpoint.Should().NotBeNullOrEmpty();
        envelope.MessageHeaderId.Should().NotBeNullOrEmpty();
        envelope.BundleIdentifier.Should().NotBeNullOrEmpty();
        envelope.SenderReference.Should().Be(EnvelopeReader.SenderReference(bundle)).And.StartWith("urn:uuid:");
    }

    [Fact]
    public void Read_ReplacementUpdateRecord_ReadsItsDocumentAndTheOneItReplaces()
    {
        var root = Interop.Engine.Local.RepositoryRoot.Find()!;
        var bundle = Stu3Xml.Parse(File.ReadAllBytes(Path.Combine(root, "fixtures", "flows", "update-record", "replacement", "replacement.xml"))).Resource!;

        var (envelope, _) = EnvelopeReader.Read(bundle);

        envelope.DocumentId.Should().Be("2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5b6", "a Composition without an identifier is known by its ITK document Bundle's");
        envelope.ReplacesDocumentId.Should().Be("2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5a6");
    }

    [Fact]
    public void Read_FlattenedEDischarge_TakesTheCompositionsOwnIdentifier()
    {
        var root = Interop.Engine.Local.RepositoryRoot.Find()!;
        var bundle = Stu3Xml.Parse(File.ReadAllBytes(Path.Combine(root, "fixtures", "flows", "discharge-medicines", "edischarge-stu3", "input.xml"))).Resource!;

        var (envelope, _) = EnvelopeReader.Read(bundle);

        envelope.DocumentId.Should().Be("2d7c4e91-6a3b-4f5e-8c20-1b9d0e7a6f31");
        envelope.ReplacesDocumentId.Should().BeNull();
    }

    [Fact]
    public void SenderReference_RealUpdateRecord_IsTheHeadersHandlingKey()
    {
        var bundle = Stu3Xml.Parse(SharedFiles.Read("nhs", "gpconnect-update-record-stu3", "examples", "pharmacy-first-service--example-1.xml")).Resource!;

        EnvelopeReader.SenderReference(bundle).Should().Be("urn:uuid:1cd20c60-4407-4e7d-8572-82db1b125eaf");
    }

    [Fact]
    public void SenderReference_BarsR4Message_IsNull()
    {
        var bundle = R4Json.Parse(SharedFiles.Read("nhs", "bars-r4", "examples-json", "process_message", "POST-body.json")).Resource!;

        EnvelopeReader.SenderReference(bundle).Should().BeNull();
    }

    [Fact]
    public void Read_BarsR4Message_ReadsEventCodingAndTheDosServiceTheDestinationNames()
    {
        var bundle = R4Json.Parse(SharedFiles.Read("nhs", "bars-r4", "examples-json", "process_message", "POST-body.json")).Resource!;

        var (envelope, _) = EnvelopeReader.Read(bundle);

        envelope.Event.Should().Be("booking-request");
        envelope.EventSystem.Should().Be("https://fhir.nhs.uk/CodeSystem/message-events-bars");
        envelope.RecipientOds.Should().NotBeNullOrEmpty();
        envelope.InfAckRequested.Should().BeFalse();
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","id":"p"}""", "RCV423")]
    [InlineData("""{"resourceType":"Bundle","type":"collection"}""", "RCV423")]
    [InlineData("""{"resourceType":"Bundle","type":"message","entry":[{"resource":{"resourceType":"Patient","id":"p"}}]}""", "RCV424")]
    [InlineData("""{"resourceType":"Bundle","type":"message","entry":[{"resource":{"resourceType":"MessageHeader","id":"h","source":{"endpoint":"x"}}}]}""", "RCV424")]
    [InlineData("""{"resourceType":"Bundle","type":"message","entry":[{"resource":{"resourceType":"MessageHeader","id":"h","eventCoding":{"code":"e"},"source":{"endpoint":"x"}}}]}""", "RCV425")]
    public void Read_NotAnAcceptableMessage_ReportsWhy(string json, string code)
    {
        var (_, issue) = EnvelopeReader.Read(R4Json.Parse(json).Resource!);

        issue!.Code.Should().Be(code);
    }

    [Fact]
    public void Read_SenderByIdentifierWithLowerCaseOdsSystem_ReadsTheOdsCode()
    {
        var json = """
            {"resourceType":"Bundle","type":"message","entry":[{"resource":{"resourceType":"MessageHeader","id":"h","eventCoding":{"code":"e"},
             "sender":{"identifier":{"system":"https://fhir.nhs.uk/id/ods-organization-code","value":" A81001 "}},"source":{"endpoint":"x"}}}]}
            """;

        var (envelope, issue) = EnvelopeReader.Read(R4Json.Parse(json).Resource!);

        issue.Should().BeNull();
        envelope.SenderOds.Should().Be("A81001");
    }

    [Fact]
    public void ReadTransaction_R4Transaction_UsesTheBundleTypeAsEventAndTheClientAsSender()
    {
        var json = """
            {"resourceType":"Bundle","id":"t","type":"batch","entry":[{"resource":{"resourceType":"Patient",
             "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"944 930 5552"}]},"request":{"method":"POST","url":"Patient"}}]}
            """;

        var (envelope, issue) = EnvelopeReader.ReadTransaction(R4Json.Parse(json).Resource!, "RBT");

        issue.Should().BeNull();
        envelope.Event.Should().Be("batch");
        envelope.SenderOds.Should().Be("RBT");
        envelope.PatientNhsNumber.Should().Be("9449305552");
        envelope.MessageHeaderId.Should().Be("t");
    }
}
