using Interop.Engine.Messages;
using Interop.Engine.Privacy;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;
using Interop.Testing;

namespace Interop.Engine.Tests.Privacy;

public sealed class ReadablePayloadTests
{
    private const string Xml = "application/fhir+xml";
    private const string Json = "application/fhir+json; charset=utf-8";

    public static TheoryData<string, string[]> UkCoreExamples => new()
    {
        // NHS number, names, postcode, phone numbers, birth date, the contact's name and the narrative. The given names are
        // looked for as values: the examples' ids spell them too, and ids are not patient details.
        { "UKCore-Patient-RichardSmith-Example.xml", ["9912003888", "SMITH", "\"Richard\"", "LS17 7DF", "4 Sandmoor Drive", "01131231234", "1970-09-11", "Jackson", "LS17 6EH", "07777123123", "generic patient"] },
        { "UKCore-RelatedPerson-JoySmith-Example.xml", ["SMITH", "\"Joy\"", "related to the patient"] },
        { "UKCore-Patient-Sn-Photo-Example.xml", ["base64Binary"] },
    };

    [Fact]
    public void Render_Stu3UpdateRecordMasked_LeavesNoNhsNumberNamePostcodeOrBirthDate()
    {
        var payload = SharedFiles.Read("nhs", "gpconnect-update-record-stu3", "examples", "update-record--itk3--cpcs-minor-illness--justin-thyme.xml");

        var readable = ReadablePayload.Render(FhirVersions.Stu3, Xml, payload, reveal: false);

        readable.Should().Match<ReadablePayload>(r => r.Format == "xml" && r.Masked);
        readable.Body.Should().NotContainAny("4857773456", "THYME", "value=\"Justin\"", "JIT", "2009-07-06")
            .And.Contain("<system value=\"https://fhir.nhs.uk/Id/nhs-number\" />", "the structure stays readable")
            .And.Contain($"<family value=\"{PatientDetailsMasker.Mask}\" />")
            .And.Contain("<family value=\"TEAK\" />", "a practitioner's name is not a patient detail");
    }

    [Fact]
    public void Render_Stu3UpdateRecordRevealed_IsTheInputPrettyPrinted()
    {
        var payload = SharedFiles.Read("nhs", "gpconnect-update-record-stu3", "examples", "update-record--itk3--cpcs-minor-illness--justin-thyme.xml");
        var expected = new FhirXmlSerializer(new FhirSerializerOptions { Indented = true }).Serialize(MessagePayload.Parse(FhirVersions.Stu3, Xml, payload).Resource!);

        var readable = ReadablePayload.Render(FhirVersions.Stu3, Xml, payload, reveal: true);

        readable.Should().Be(new ReadablePayload("xml", expected, Masked: false));
        readable.Body.Should().Contain("4857773456").And.Contain("\n  <", "it is indented");
    }

    [Theory]
    [MemberData(nameof(UkCoreExamples))]
    public void Render_UkCoreExampleAsJsonMasked_LeavesNoneOfItsDetails(string file, string[] details)
    {
        var payload = AsJson(file);

        var readable = ReadablePayload.Render(FhirVersions.R4, Json, payload, reveal: false);

        readable.Should().Match<ReadablePayload>(r => r.Format == "json" && r.Masked);
        readable.Body.Should().NotContainAny(details).And.Contain(PatientDetailsMasker.Mask);
        MessagePayload.Parse(FhirVersions.R4, Json, System.Text.Encoding.UTF8.GetBytes(readable.Body!)).Resource.Should().NotBeNull("the masked text is still FHIR JSON");
    }

    [Fact]
    public void Render_UkCorePatientAsJsonRevealed_IsTheInputPrettyPrinted()
    {
        var payload = AsJson("UKCore-Patient-RichardSmith-Example.xml");
        var expected = new FhirJsonSerializer(new FhirSerializerOptions { Indented = true }).Serialize(MessagePayload.Parse(FhirVersions.R4, Json, payload).Resource!);

        var readable = ReadablePayload.Render(FhirVersions.R4, Json, payload, reveal: true);

        readable.Should().Be(new ReadablePayload("json", expected, Masked: false));
        readable.Body.Should().Contain("\"family\": \"SMITH\"");
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "not FHIR")]
    public void Render_PayloadThatDoesNotParse_IsShownOnlyWhenRevealed(bool reveal, string? body)
    {
        var readable = ReadablePayload.Render(FhirVersions.R4, Json, "not FHIR"u8, reveal);

        readable.Should().Be(new ReadablePayload("json", body, Masked: !reveal));
    }

    // The UK Core examples are XML; as compact JSON they also prove the JSON path.
    private static byte[] AsJson(string file)
    {
        var resource = MessagePayload.Parse(FhirVersions.R4, Xml, SharedFiles.Read("nhs", "ukcore-r4", "examples", file)).Resource!;
        return new FhirJsonSerializer().SerializeToUtf8Bytes(resource);
    }
}
