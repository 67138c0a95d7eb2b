using System.Text.Json.Nodes;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization.Json;

namespace Interop.Fhir.Tests.Serialization.Json;

public class JsonRoundTripTests
{
    private static readonly FhirJsonParser Parser = new(FhirModel.Instance);
    private static readonly FhirJsonSerializer Serializer = new();

    [Theory]
    [InlineData("""{"resourceType":"Patient","id":"p1","active":true,"birthDate":"1974-12"}""")]
    [InlineData("""{"resourceType":"Patient","name":[{"given":["Ann",null],"_given":[null,{"extension":[{"url":"http://x","valueCode":"IN"}]}]}]}""")]
    [InlineData("""{"resourceType":"Patient","_birthDate":{"id":"b","extension":[{"url":"http://x","valueDateTime":"1974-12-25T14:35:45-05:00"}]}}""")]
    [InlineData("""{"resourceType":"Observation","status":"final","code":{"text":"t"},"valueQuantity":{"value":1.50,"unit":"mg"}}""")]
    [InlineData("""{"resourceType":"Observation","status":"final","code":{"text":"t"},"valueQuantity":{"value":1e2}}""")]
    [InlineData("""{"resourceType":"Observation","status":"final","code":{"text":"t"},"effectiveInstant":"2015-02-07T13:28:17.239+02:00","valueBoolean":false}""")]
    [InlineData("""{"resourceType":"Patient","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>A &amp; B<br/></p></div>"}}""")]
    [InlineData("""{"resourceType":"Patient","contained":[{"resourceType":"Organization","id":"o1","name":"GP"}],"managingOrganization":{"reference":"#o1"}}""")]
    [InlineData("""{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:1","resource":{"resourceType":"Patient","id":"a"}},{"resource":{"resourceType":"Bundle","type":"collection"}}]}""")]
    [InlineData("""{"resourceType":"Parameters","parameter":[{"name":"p","resource":{"resourceType":"Patient","gender":"other"}},{"name":"v","valueInteger":-3}]}""")]
    [InlineData("""{"resourceType":"Questionnaire","status":"draft","item":[{"linkId":"1","type":"group","item":[{"linkId":"1.1","type":"string"}]}]}""")]
    public void ParseThenSerialize_R4_ReproducesTheInput(string json)
    {
        var result = Parser.Parse(json);

        result.Issues.Should().BeEmpty();
        var output = Serializer.Serialize(result.Resource!);
        JsonNode.DeepEquals(JsonNode.Parse(output), JsonNode.Parse(json)).Should().BeTrue(output);
    }

    [Fact]
    public void Serialize_DecimalText_KeepsTrailingZerosAndExponent()
    {
        var json = """{"resourceType":"Observation","status":"final","code":{"text":"t"},"valueQuantity":{"value":1.50}}""";

        var output = Serializer.Serialize(Parser.Parse(json).Resource!);

        output.Should().Contain("\"value\":1.50");
        Serializer.Serialize(Parser.Parse(json.Replace("1.50", "1e2", StringComparison.Ordinal)).Resource!).Should().Contain("\"value\":1e2");
    }

    [Fact]
    public void Serialize_PropertiesOutOfOrder_WritesDefinitionOrder()
    {
        var json = """{"gender":"male","id":"x","birthDate":"2000","resourceType":"Patient","active":true}""";

        var output = Serializer.Serialize(Parser.Parse(json).Resource!);

        output.Should().Be("""{"resourceType":"Patient","id":"x","active":true,"gender":"male","birthDate":"2000"}""");
    }

    [Fact]
    public void Parse_Primitives_ExposeTypedValues()
    {
        var json = """{"resourceType":"Observation","status":"final","code":{"text":"t"},"valueQuantity":{"value":1.50}}""";

        var observation = Parser.Parse(json).ResourceAs<Observation>()!;

        var quantity = observation.Value.Should().BeOfType<Quantity>().Subject;
        quantity.Value!.Value.Should().Be(1.50m);
        quantity.Value.RawValue.Should().Be("1.50");
        observation.Status!.Value.Should().Be("final");
    }

    [Fact]
    public void Serialize_BuiltInCode_WritesFhirJson()
    {
        var patient = new Patient { Id = new Id("p1"), Active = new FhirBoolean(true) };
        patient.Name.Add(new HumanName { Family = new FhirString("Smith") });
        patient.Name[0].Given.Add(new FhirString("Jo"));

        var output = Serializer.Serialize(patient);

        output.Should().Be("""{"resourceType":"Patient","id":"p1","active":true,"name":[{"family":"Smith","given":["Jo"]}]}""");
    }

    [Fact]
    public void Serialize_Indented_WritesLines()
    {
        var indented = new FhirJsonSerializer(new() { Indented = true });

        indented.Serialize(new Patient { Id = new Id("p1") }).Should().Contain("\n");
    }

    [Fact]
    public void Parse_Stu3Resource_UsesTheStu3Model()
    {
        var parser = new FhirJsonParser(Interop.Fhir.Stu3.FhirModel.Instance);

        var result = parser.Parse("""{"resourceType":"MedicationRequest","intent":"order","subject":{"reference":"Patient/1"},"medicationCodeableConcept":{"text":"x"}}""");

        result.Issues.Should().BeEmpty();
        result.Resource.Should().BeOfType<Interop.Fhir.Stu3.MedicationRequest>();
    }
}
