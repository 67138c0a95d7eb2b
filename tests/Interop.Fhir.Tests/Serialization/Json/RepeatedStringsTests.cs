using System.Text;
using Interop.Fhir.R4;
using Interop.Fhir.Serialization.Json;

namespace Interop.Fhir.Tests.Serialization.Json;

public class RepeatedStringsTests
{
    [Fact]
    public void Get_SameAsciiTextTwice_ReturnsOneString()
    {
        var first = RepeatedStrings.Get("http://example.org/fhir/StructureDefinition/repeated"u8);
        var second = RepeatedStrings.Get(Encoding.ASCII.GetBytes("http://example.org/fhir/StructureDefinition/repeated"));

        second.Should().Be("http://example.org/fhir/StructureDefinition/repeated");
        second.Should().BeSameAs(first);
    }

    [Theory]
    [InlineData("urn:caf\u00e9")]
    [InlineData("a")]
    public void Get_AnyText_DecodesIt(string text)
    {
        RepeatedStrings.Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
        RepeatedStrings.Get(Encoding.UTF8.GetBytes(text + "x")).Should().Be(text + "x");
        RepeatedStrings.Get(Encoding.UTF8.GetBytes(new string('u', 200) + text)).Should().Be(new string('u', 200) + text);
    }

    [Fact]
    public void Parse_ExtensionUrls_ShareTheirStringAndKeepEscapedOnesExact()
    {
        var json = """
            {"resourceType":"Patient","extension":[{"url":"http://example.org/x","valueString":"a"},{"url":"http://example.org/x","valueString":"b"},
             {"url":"http:\/\/example.org\/y","valueString":"c"}]}
            """;

        var extensions = new FhirJsonParser(FhirModel.Instance).Parse(json).ResourceAs<Patient>()!.Extension;

        extensions[1].Url.Should().BeSameAs(extensions[0].Url);
        extensions[2].Url.Should().Be("http://example.org/y");
    }
}
