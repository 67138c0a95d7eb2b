using System.Text;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization;
using Interop.Fhir.Serialization.Json;
using static Interop.Fhir.Serialization.ParseIssueCodes;

namespace Interop.Fhir.Tests.Serialization.Json;

public class JsonBadInputTests
{
    private static readonly FhirJsonParser Parser = new(FhirModel.Instance);

    [Theory]
    [InlineData("""{"resourceType":"Patient",""", JsonMalformed)]
    [InlineData("""{"resourceType":"Patient"} trailing""", JsonMalformed)]
    [InlineData("""{"resourceType":"Patient", /* comment */ "active":true}""", JsonMalformed)]
    [InlineData("", JsonMalformed)]
    [InlineData("""[{"resourceType":"Patient"}]""", JsonRootNotObject)]
    [InlineData("\"Patient\"", JsonRootNotObject)]
    public void Parse_Malformed_ReportsFatalIssueWithoutThrowing(string json, string code)
    {
        var result = Parser.Parse(json);

        result.Issues.Should().ContainSingle(i => i.Code == code && i.Severity == IssueSeverity.Fatal);
        result.HasErrors.Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"id":"x"}""", JsonMissingResourceType)]
    [InlineData("""{"resourceType":"NoSuchThing"}""", JsonUnknownResourceType)]
    [InlineData("""{"resourceType":"HumanName"}""", JsonUnknownResourceType)]
    [InlineData("""{"resourceType":"Patient","active":"true"}""", JsonWrongType)]
    [InlineData("""{"resourceType":"Patient","active":1}""", JsonWrongType)]
    [InlineData("""{"resourceType":"Patient","birthDate":19740101}""", JsonWrongType)]
    [InlineData("""{"resourceType":"Patient","name":"Smith"}""", JsonCardinality)]
    [InlineData("""{"resourceType":"Patient","gender":["male"]}""", JsonCardinality)]
    [InlineData("""{"resourceType":"Patient","maritalStatus":"M"}""", JsonWrongType)]
    [InlineData("""{"resourceType":"Patient","birthDate":"1974-13-01"}""", JsonInvalidPrimitive)]
    [InlineData("""{"resourceType":"Patient","birthDate":"yesterday"}""", JsonInvalidPrimitive)]
    [InlineData("""{"resourceType":"Observation","status":"final","code":{"text":"t"},"valueDateTime":"2020-02-30T25:00:00Z"}""", JsonInvalidPrimitive)]
    [InlineData("""{"resourceType":"Patient","id":"has spaces"}""", JsonInvalidPrimitive)]
    [InlineData("""{"resourceType":"Patient","gender":""}""", JsonEmptyValue)]
    [InlineData("""{"resourceType":"Patient","maritalStatus":{}}""", JsonEmptyValue)]
    [InlineData("""{"resourceType":"Patient","name":[]}""", JsonEmptyValue)]
    [InlineData("""{"resourceType":"Patient","gender":null}""", JsonNullNotAllowed)]
    [InlineData("""{"resourceType":"Patient","name":[null]}""", JsonNullNotAllowed)]
    [InlineData("""{"resourceType":"Patient","name":[{"given":["a",null]}]}""", JsonNullNotAllowed)]
    [InlineData("""{"resourceType":"Patient","name":[{"given":["a","b"],"_given":[null]}]}""", JsonArrayLengthMismatch)]
    [InlineData("""{"resourceType":"Patient","active":true,"active":false}""", JsonDuplicateProperty)]
    [InlineData("""{"resourceType":"Observation","status":"final","code":{"text":"t"},"valueString":"a","valueBoolean":true}""", JsonChoiceConflict)]
    [InlineData("""{"resourceType":"Patient","text":{"status":"generated","div":"<div>no namespace</div>"}}""", JsonInvalidXhtml)]
    [InlineData("""{"resourceType":"Patient","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>unclosed</div>"}}""", JsonInvalidXhtml)]
    [InlineData("""{"resourceType":"Patient","contained":[{"id":"x"}]}""", JsonMissingResourceType)]
    public void Parse_InvalidContent_ReportsErrorCode(string json, string code)
    {
        var result = Parser.Parse(json);

        result.Issues.Should().Contain(i => i.Code == code && i.IsError);
    }

    [Fact]
    public void Parse_UnknownElement_IsWarningWhenLenientAndErrorWhenStrict()
    {
        const string json = """{"resourceType":"Patient","favouriteColour":"blue","_active":{"id":"a"},"active":true}""";

        var lenient = Parser.Parse(json);
        var strict = new FhirJsonParser(FhirModel.Instance, new FhirParserOptions { Strict = true }).Parse(json);

        lenient.Issues.Should().ContainSingle(i => i.Code == JsonUnknownElement && i.Severity == IssueSeverity.Warning && i.Path == "Patient.favouriteColour");
        lenient.ResourceAs<Patient>()!.Active!.Value.Should().BeTrue();
        strict.Issues.Should().ContainSingle(i => i.Code == JsonUnknownElement && i.Severity == IssueSeverity.Error);
    }

    [Fact]
    public void Parse_ErrorInNestedElement_ReportsPathLineAndColumn()
    {
        var json = "{\n  \"resourceType\": \"Patient\",\n  \"name\": [{\"family\": \"A\"}, {\"given\": [\"x\", true]}]\n}";

        var issue = Parser.Parse(json).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be(JsonWrongType);
        issue.Path.Should().Be("Patient.name[1].given[1]");
        issue.Line.Should().Be(3);
        issue.Column.Should().Be(json.Split('\n')[2].IndexOf("true", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Parse_InvalidValues_StillReturnsEverythingReadable()
    {
        var result = Parser.Parse("""{"resourceType":"Patient","active":"yes","gender":"male","birthDate":"1974-13-01"}""");

        var patient = result.ResourceAs<Patient>()!;
        patient.Gender!.Value.Should().Be("male");
        patient.BirthDate!.RawValue.Should().Be("1974-13-01");
        patient.Active!.RawValue.Should().Be("yes");
    }

    [Fact]
    public void Parse_TruncatedDocument_ReturnsPartialResource()
    {
        var result = Parser.Parse("""{"resourceType":"Patient","gender":"female","name":[{"family":"Smi""");

        result.Issues.Should().ContainSingle(i => i.Code == JsonMalformed);
        result.ResourceAs<Patient>()!.Gender!.Value.Should().Be("female");
    }

    [Fact]
    public void Parse_ResourceTypeNotFirst_ParsesTheResource()
    {
        var result = Parser.Parse("""{"gender":"female","resourceType":"Patient"}""");

        result.Issues.Should().BeEmpty();
        result.ResourceAs<Patient>()!.Gender!.Value.Should().Be("female");
    }

    [Fact]
    public void Parse_Utf8ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"resourceType":"Patient","active":true}""")).ToArray();

        var result = Parser.Parse(bytes);

        result.Issues.Should().BeEmpty();
        result.Resource.Should().BeOfType<Patient>();
    }

    [Fact]
    public void Parse_InvalidUtf8_ReportsMalformed()
    {
        byte[] bytes = [.. "{\"resourceType\":\"Patient\",\"gender\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        var result = Parser.Parse(bytes);

        result.Issues.Should().ContainSingle(i => i.Code == JsonMalformed && i.Column == 37);
    }

    [Fact]
    public void Parse_TenThousandDeepNesting_StopsWithTooDeepInsteadOfOverflowing()
    {
        const int depth = 10_000;
        var json = new StringBuilder("""{"resourceType":"Patient","contained":[""");
        for (var i = 0; i < depth; i++)
        {
            json.Append("""{"resourceType":"Patient","contained":[""");
        }

        json.Append(']', depth + 1).Replace("]", "]}", 0, json.Length);
        var deepUnknown = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

        Parser.Parse(json.ToString()).Issues.Should().Contain(i => i.Code == JsonTooDeep && i.Severity == IssueSeverity.Fatal);
        Parser.Parse("""{"resourceType":"Patient","x":""" + deepUnknown + "}").Issues.Should().Contain(i => i.Code == JsonTooDeep);
    }

    [Fact]
    public void Parse_HundredMegabyteDocument_ParsesCompletely()
    {
        const string entry = """{"fullUrl":"urn:uuid:00000000-0000-0000-0000-000000000000","resource":{"resourceType":"Patient","name":[{"family":"Example","given":["A","B"]}],"birthDate":"1970-01-01","gender":"unknown","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">Example</div>"}}}""";
        var count = (100 * 1024 * 1024 / entry.Length) + 1;
        var json = new StringBuilder(count * (entry.Length + 1) + 64).Append("""{"resourceType":"Bundle","type":"collection","entry":[""");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(entry);
        }

        var bytes = Encoding.UTF8.GetBytes(json.Append("]}").ToString());
        json.Clear();

        var result = Parser.Parse(bytes);

        bytes.Length.Should().BeGreaterThan(100 * 1024 * 1024);
        result.Issues.Should().BeEmpty();
        result.ResourceAs<Bundle>()!.Entry.Should().HaveCount(count);
    }
}
