using Interop.Engine.Acknowledgements;
using Interop.Engine.Messages;
using Interop.Engine.Tests.TestSupport;
using Interop.Fhir;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Packages;
using Interop.Fhir.Validation.Terminology;
using Interop.Testing;
using Stu3 = Interop.Fhir.Stu3;

namespace Interop.Engine.Tests.Acknowledgements;

public sealed class ItkResponseBuilderTests
{
    private const string EngineOds = "X26";
    private const string SenderOds = "FQW30";
    private const string SenderReference = "urn:uuid:1cd20c60-4407-4e7d-8572-82db1b125eaf";

    // Loading STU3 core and the ITK3 folder takes a moment: one validator for every case.
    private static readonly Lazy<FhirValidator> Itk3 = new(() =>
    {
        var store = ConformanceStore.Load(Stu3.FhirModel.Instance, [CorePackages.Folder(Stu3.FhirModel.Instance), UpdateRecordExample.ConformanceFolder]);
        return new FhirValidator(store, new ValidatorOptions { Terminology = TerminologyServiceFactory.Create(store) });
    });

    private static readonly MessageEnvelope Original = new(
        UpdateRecordExample.HeaderId, "bundle-1", UpdateRecordExample.EventSystem, "ITK014M", SenderOds, "A81001", "SENDER_MESH_MAILBOX_ID", null, true, true);

    /// <summary>Each kind of response the engine sends: kind, response code, ITK code, engine code.</summary>
    public static TheoryData<ItkResponseKind, string, string, string?> Responses => new()
    {
        { ItkResponseKind.Infrastructure, "ok", "20013", null },
        { ItkResponseKind.Business, "ok", "20013", null },
        { ItkResponseKind.Business, "transient-error", "20002", "DLV-TIMEOUT" },
        { ItkResponseKind.Infrastructure, "fatal-error", "20006", "RCV424" },
        { ItkResponseKind.Infrastructure, "fatal-error", "20007", "RCV409" },
        { ItkResponseKind.Infrastructure, "fatal-error", "20012", "RCV403" },
        { ItkResponseKind.Infrastructure, "fatal-error", "20015", "RCV413" },
        { ItkResponseKind.Infrastructure, "fatal-error", "20001", "RTE003" },
        { ItkResponseKind.Infrastructure, "fatal-error", "20002", "RTE006" },
        { ItkResponseKind.Infrastructure, "fatal-error", "20009", "VAL190" },
        { ItkResponseKind.Infrastructure, "fatal-error", "20006", "VAL110" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public void Build_EachKindOfResponse_SerialisedResponseMeetsTheItk3Profiles(ItkResponseKind kind, string responseCode, string itkCode, string? engineCode)
    {
        var ack = RoundTrip(Build(Original, new ItkResponse(kind, responseCode, itkCode, engineCode, "Explanation.")));

        var result = Itk3.Value.Validate(ack, [ItkProfiles.MessageBundle]);

        result.Issues.Where(i => i.IsError).Select(i => $"{i.Code} at {i.Expression}: {i.Message}").Should().BeEmpty();
        Resource(ack, "MessageHeader").Child("response").Text("code").Should().Be(responseCode);
    }

    [Fact]
    public void Build_UnreadableOriginal_AnswersUnreadableIdWithoutReceiverAndStillMeetsTheProfiles()
    {
        var unread = new MessageEnvelope(null, null, null, null, null, null, null, null, true, false);

        var ack = RoundTrip(Build(unread, new ItkResponse(ItkResponseKind.Infrastructure, "fatal-error", "20006", "RCV400", "Unreadable.")));

        Itk3.Value.Validate(ack, [ItkProfiles.MessageBundle]).Issues.Where(i => i.IsError).Select(i => i.Code).Should().BeEmpty();
        var header = Resource(ack, "MessageHeader");
        header.Child("response").Text("identifier").Should().Be("UNREADABLE-IN-ORIGINAL-MESSAGE");
        header.Child("receiver").Should().BeNull();
    }

    [Fact]
    public void Build_NegativeResponse_OneItkCodingAndTheEngineCodeInDiagnostics()
    {
        var ack = Build(Original, new ItkResponse(ItkResponseKind.Infrastructure, "fatal-error", "20007", "RCV409", "Already received."));

        var issue = Resource(ack, "OperationOutcome").Child("issue");
        issue.Child("details").Children("coding").Select(c => (c.Text("system"), c.Text("code"), c.Text("display"))).Should()
            .Equal((ItkCodes.ResponseCodeSystem, "20007", "Duplicate Message received"));
        issue.Child("details").Text("text").Should().Be("Already received.");
        issue.Text("diagnostics").Should().Be("RCV409");
        issue.Text("severity").Should().Be("fatal");
    }

    [Fact]
    public void Build_AnyResponse_HeaderNamesTheSenderAsReceiverAndAsksForNoResponse()
    {
        var ack = Build(Original, new ItkResponse(ItkResponseKind.Infrastructure, "ok", "20013", null, "Accepted."));

        var header = Resource(ack, "MessageHeader");
        header.Children("destination").Should().BeEmpty();
        header.Child("response").Text("identifier").Should().Be(UpdateRecordExample.HeaderId);
        OdsOf(ack, header.Child("receiver").Text("reference")).Should().Be(SenderOds);
        OdsOf(ack, header.Child("sender").Text("reference")).Should().Be(EngineOds);
        var handling = header.Extensions(ItkProfiles.MessageHandling).Should().ContainSingle().Subject;
        handling.Extensions("InfAckRequested").Single().Text("value").Should().Be("false");
        handling.Extensions("BusAckRequested").Single().Text("value").Should().Be("false");
        handling.Extensions("MessageDefinition").Single().Child("value").Text("reference").Should().Be(ItkProfiles.ResponseMessageDefinition);
        handling.Extensions("SenderReference").Single().Text("value").Should().Be(SenderReference, "a response returns the sender's reference");
    }

    [Fact]
    public void Build_OriginalWithoutSenderReference_GivesNone()
    {
        var ack = new ItkResponseBuilder(new ManualTimeProvider()).Build(Original, new ItkResponse(ItkResponseKind.Business, "ok", "20013", null, "Delivered."), EngineOds, null);

        Resource(ack, "MessageHeader").Extensions(ItkProfiles.MessageHandling).Single().Extensions("SenderReference").Single().Text("value").Should().Be("None");
    }

    private static Stu3.Bundle Build(MessageEnvelope original, ItkResponse response) =>
        new ItkResponseBuilder(new ManualTimeProvider()).Build(original, response, EngineOds, SenderReference);

    // What goes on the wire is what must conform, so the response is validated as the receiver reads it.
    private static Base RoundTrip(Stu3.Bundle bundle)
    {
        var parsed = new FhirXmlParser(Stu3.FhirModel.Instance).Parse(new FhirXmlSerializer().SerializeToUtf8Bytes(bundle));
        parsed.HasErrors.Should().BeFalse();
        return parsed.Resource!;
    }

    private static Base Resource(Base bundle, string type) =>
        bundle.Children("entry").Select(e => e.Child("resource")).Single(r => r!.TypeName() == type)!;

    private static string? OdsOf(Base bundle, string? reference) =>
        bundle.Children("entry").Single(e => e.Text("fullUrl") == reference).Child("resource").Child("identifier").Text("value");
}
