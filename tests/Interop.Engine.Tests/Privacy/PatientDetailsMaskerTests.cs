using Interop.Engine.Messages;
using Interop.Engine.Privacy;
using Interop.Fhir.Serialization.Json;

namespace Interop.Engine.Tests.Privacy;

public sealed class PatientDetailsMaskerTests
{
    // A message of this project's own making: a Composition about a patient in another entry, an Observation whose subject
    // is a contained patient, a practitioner, and a logical reference by NHS number.
    private const string Bundle = """
        {"resourceType":"Bundle","type":"document","entry":[
          {"fullUrl":"urn:uuid:c1","resource":{"resourceType":"Composition","status":"final","type":{"text":"Discharge"},
            "subject":{"reference":"urn:uuid:p1","display":"Ann WILLOW"},"date":"2026-11-22","title":"Summary",
            "author":[{"reference":"urn:uuid:pr1","display":"Dr Oak"}]}},
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9449305552"}],
            "name":[{"use":"official","family":"WILLOW","given":["Ann"]}],"gender":"female","birthDate":"1961-03-04",
            "address":[{"use":"home","postalCode":"LS1 4AP"}]}},
          {"fullUrl":"urn:uuid:o1","resource":{"resourceType":"Observation","contained":[{"resourceType":"Patient","id":"cp","name":[{"family":"ASH"}]}],
            "status":"final","code":{"text":"Pulse"},"subject":{"reference":"#cp","display":"Bea ASH"},
            "performer":[{"identifier":{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9476719931"},"display":"Cy ELM"}]}},
          {"fullUrl":"urn:uuid:pr1","resource":{"resourceType":"Practitioner","name":[{"family":"Oak"}]}}]}
        """;

    [Theory]
    [InlineData("9449305552")]
    [InlineData("WILLOW")]
    [InlineData("Ann")]
    [InlineData("1961-03-04")]
    [InlineData("LS1 4AP")]
    [InlineData("ASH")]
    [InlineData("9476719931")]
    [InlineData("Cy ELM")]
    public void MaskPatientDetails_DocumentBundle_RemovesTheDetail(string detail)
    {
        Masked().Should().NotContain(detail);
    }

    [Theory]
    [InlineData("\"gender\":\"female\"")]
    [InlineData("\"use\":\"official\"")]
    [InlineData("\"display\":\"Dr Oak\"")]
    [InlineData("\"family\":\"Oak\"")]
    [InlineData("\"reference\":\"urn:uuid:p1\"")]
    [InlineData("\"birthDate\":\"*****\"")]
    [InlineData("\"display\":\"*****\"")]
    public void MaskPatientDetails_DocumentBundle_KeepsStructureAndOtherPeople(string kept)
    {
        Masked().Should().Contain(kept);
    }

    private static string Masked()
    {
        var resource = MessagePayload.Parse(FhirVersions.R4, FhirVersions.JsonMediaType, System.Text.Encoding.UTF8.GetBytes(Bundle)).Resource!;
        PatientDetailsMasker.MaskPatientDetails(resource);
        return new FhirJsonSerializer().Serialize(resource);
    }
}
