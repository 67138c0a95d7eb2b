using System.Text;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization.Json;

namespace Interop.Fhir.Tests.Serialization.Json;

/// <summary>The JSON parser keeps primitive values as UTF-8 and decodes them on first read.</summary>
public class JsonLexicalValueTests
{
    private static readonly FhirJsonParser Parser = new(FhirModel.Instance);
    private static readonly FhirJsonSerializer Serializer = new();

    [Fact]
    public void Parse_EscapedAndNonAsciiStrings_DecodeToTheirText()
    {
        var json = """{"resourceType":"Patient","name":[{"family":"Cr\u00e8me \"Br\u00fbl\u00e9e\"","given":["Zo\u00eb","Łukasz\ttab"]}]}""";

        var name = Parser.Parse(json).ResourceAs<Patient>()!.Name[0];

        name.Family!.RawValue.Should().Be("Crème \"Brûlée\"");
        name.Given.Select(g => g.Value).Should().Equal("Zoë", "Łukasz\ttab");
    }

    [Fact]
    public void Parse_Values_AreKeptAsUtf8UntilRead()
    {
        var patient = Parser.Parse("""{"resourceType":"Patient","active":true,"birthDate":"1974-12"}""").ResourceAs<Patient>()!;

        IPrimitive birthDate = patient.BirthDate!;
        Encoding.UTF8.GetString(birthDate.Lexical.Utf8.Span).Should().Be("1974-12");
        birthDate.HasValue.Should().BeTrue();
        patient.Active!.Value.Should().BeTrue();
    }

    [Fact]
    public void SetRawValue_DropsTheBytesReadFromTheWire()
    {
        var patient = Parser.Parse("""{"resourceType":"Patient","birthDate":"1974-12"}""").ResourceAs<Patient>()!;

        patient.BirthDate!.RawValue = "1980";

        ((IPrimitive)patient.BirthDate).Lexical.Utf8.IsEmpty.Should().BeTrue();
        Serializer.Serialize(patient).Should().Contain("\"birthDate\":\"1980\"");
    }

    [Fact]
    public void Parse_CallerReusesItsBuffer_ModelKeepsItsValues()
    {
        var buffer = Encoding.UTF8.GetBytes("""{"resourceType":"Patient","id":"abc","birthDate":"1974-12"}""");
        var patient = Parser.Parse(buffer.AsSpan()).ResourceAs<Patient>()!;

        Array.Fill(buffer, (byte)'x');

        patient.Id!.Value.Should().Be("abc");
        patient.BirthDate!.RawValue.Should().Be("1974-12");
    }

    [Fact]
    public void Parse_Memory_KeepsSlicesOfTheCallersBytesWithoutCopying()
    {
        var buffer = Encoding.UTF8.GetBytes("""{"resourceType":"Patient","birthDate":"1974-12"}""");
        var patient = Parser.Parse(buffer.AsMemory()).ResourceAs<Patient>()!;

        IPrimitive birthDate = patient.BirthDate!;
        birthDate.Lexical.Utf8.ToArray().Should().Equal("1974-12"u8.ToArray());
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(birthDate.Lexical.Utf8, out var segment).Should().BeTrue();
        segment.Array.Should().BeSameAs(buffer);
    }

    [Fact]
    public void Parse_StringWithEscapes_IsKeptAsWrittenAndUnescapedWhenRead()
    {
        var buffer = Encoding.UTF8.GetBytes("""{"resourceType":"Patient","name":[{"family":"O\u2019Brien \"Jr\"\n"}]}""");
        var family = Parser.Parse(buffer.AsMemory()).ResourceAs<Patient>()!.Name[0].Family!;
        IPrimitive primitive = family;

        primitive.HasValue.Should().BeTrue();
        Encoding.UTF8.GetString(primitive.Lexical.Utf8.Span).Should().Be("O\u2019Brien \"Jr\"\n");
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(primitive.Lexical.Utf8, out var segment).Should().BeTrue();
        segment.Array.Should().NotBeSameAs(buffer, "a value read with escapes is unescaped into bytes of its own");
        family.Value.Should().Be("O\u2019Brien \"Jr\"\n");
    }

    [Fact]
    public void Serialize_StringReadWithEscapes_WritesTheSameText()
    {
        var json = """{"resourceType":"Patient","name":[{"family":"a\\b \"c\" \u00e9\t\/"}],"text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"}}""";

        var written = Serializer.Serialize(Parser.Parse(json).Resource!);
        var reread = Parser.Parse(written);

        reread.Issues.Should().BeEmpty();
        reread.ResourceAs<Patient>()!.Name[0].Family!.Value.Should().Be("a\\b \"c\" \u00e9\t/");
        reread.ResourceAs<Patient>()!.Text!.Div!.Value.Should().Be("<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>");
    }

    [Fact]
    public void SharedModel_ReadAndSerializedOnManyThreadsAtOnce_GivesTheSameAnswersEverywhere()
    {
        // The engine shares one parsed model between its validate step and its deliveries: reading a value (which decodes
        // it and drops its bytes) must not disturb a serializer reading it at the same moment.
        var json = """{"resourceType":"Patient","name":[{"family":"O\u2019Brien","given":["Zo\u00eb","Ann"]}],"birthDate":"1974-12","active":true}""";
        var expected = Serializer.Serialize(Parser.Parse(json).Resource!);

        for (var round = 0; round < 50; round++)
        {
            var patient = Parser.Parse(json).ResourceAs<Patient>()!;
            var answers = new string[8];
            Parallel.For(0, answers.Length, i =>
            {
                answers[i] = i % 2 == 0
                    ? Serializer.Serialize(patient)
                    : string.Join("|", patient.Name[0].Family!.Value, patient.Name[0].Given[0].Value, patient.BirthDate!.Value, patient.Active!.Value);
            });

            answers.Where((_, i) => i % 2 == 0).Should().AllBe(expected);
            answers.Where((_, i) => i % 2 == 1).Should().AllBe("O\u2019Brien|Zo\u00eb|1974-12|True");
        }
    }

    [Fact]
    public void Parse_EscapedPropertyNames_FindTheirElements()
    {
        var json = """{"resourceType":"Patient","\u0061ctive":true,"_birth\u0044ate":{"id":"b"},"\u006eame":[{"family":"F"}]}""";

        var result = Parser.Parse(json);
        var patient = result.ResourceAs<Patient>()!;

        result.Issues.Should().BeEmpty();
        patient.Active!.Value.Should().BeTrue();
        patient.BirthDate!.Id.Should().Be("b");
        patient.Name[0].Family!.Value.Should().Be("F");
    }

    [Theory]
    [InlineData("code", "a b", true)]
    [InlineData("code", "a  b", false)]
    [InlineData("code", " a", false)]
    [InlineData("id", "ab-1.2", true)]
    [InlineData("id", "ab_1", false)]
    [InlineData("id", "é", false)]
    [InlineData("uri", "urn:x", true)]
    [InlineData("uri", "urn: x", false)]
    [InlineData("string", "Zoë", true)]
    [InlineData("dateTime", "2020-02-29T10:00:00+01:00", true)]
    [InlineData("dateTime", "2020-13-01", false)]
    [InlineData("base64Binary", "aGk=", true)]
    [InlineData("base64Binary", "a", false)]
    public void IsValidValue_OnUtf8_AgreesWithTheCheckOnText(string type, string value, bool valid)
    {
        var mapping = FhirModel.Instance.FindClass(type)!;

        mapping.IsValidValue(value.AsSpan()).Should().Be(valid);
        mapping.IsValidValue(Encoding.UTF8.GetBytes(value).AsSpan()).Should().Be(valid);
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","active":"true"}""", "\"active\":true")]
    [InlineData("""{"resourceType":"Patient","multipleBirthInteger":"3"}""", "\"multipleBirthInteger\":3")]
    [InlineData("""{"resourceType":"Patient","multipleBirthInteger":"three"}""", "\"multipleBirthInteger\":\"three\"")]
    [InlineData("""{"resourceType":"Patient","active":"yes"}""", "\"active\":\"yes\"")]
    public void Serialize_ValueReadWithTheWrongJsonType_IsWrittenAsItsTypeWhenValid(string json, string expected)
    {
        var result = Parser.Parse(json);

        result.Issues.Should().NotBeEmpty();
        Serializer.Serialize(result.Resource!).Should().Contain(expected);
    }

    [Fact]
    public void Serialize_LongDecimal_KeepsEveryDigit()
    {
        var digits = "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899";
        var json = """{"resourceType":"Observation","status":"final","code":{"text":"t"},"valueQuantity":{"value":DIGITS}}""".Replace("DIGITS", digits, StringComparison.Ordinal);

        Serializer.Serialize(Parser.Parse(json).Resource!).Should().Contain($"\"value\":{digits}");
    }
}
