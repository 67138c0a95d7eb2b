using System.Text;
using Interop.Cli.Load;
using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization.Json;
using Interop.Fhir.Serialization.Xml;

namespace Interop.Cli.Tests.Load;

public sealed class MessageFixtureTests
{
    private const string NewHeaderId = "11111111-2222-4333-8444-555555555555";
    private const string NewIdentifier = "new-bundle-identifier";

    [Fact]
    public void Render_XmlFixture_ParsesWithNewHeaderIdAndIdentifier()
    {
        MessageFixture.TryCreate(LoadFixtures.UpdateRecordXml(), out var fixture, out _).Should().BeTrue();

        var copy = fixture!.Render(NewHeaderId, NewIdentifier);

        fixture.MediaType.Should().Be(MessageFixture.XmlMediaType);
        var bundle = new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(copy).Resource;
        bundle.Child("identifier").Text("value").Should().Be(NewIdentifier);
        bundle.Child("entry").Child("resource").Text("id").Should().Be(NewHeaderId);
    }

    [Fact]
    public void Render_XmlFixture_LeavesEveryOtherByteAsItWas()
    {
        var original = LoadFixtures.UpdateRecordXml();
        MessageFixture.TryCreate(original, out var fixture, out _).Should().BeTrue();

        var copy = Encoding.UTF8.GetString(fixture!.Render(NewHeaderId, NewIdentifier));

        // Only the two values change: Bundle.id (equal to the old identifier) and the header's fullUrl keep the old text.
        var expected = Encoding.UTF8.GetString(original)
            .Replace($"<value value=\"{LoadFixtures.BundleIdentifier}\"/>", $"<value value=\"{NewIdentifier}\"/>", StringComparison.Ordinal)
            .Replace($"<id value=\"{LoadFixtures.HeaderId}\"/>", $"<id value=\"{NewHeaderId}\"/>", StringComparison.Ordinal);
        copy.Should().Be(expected);
        copy.Should().Contain($"<id value=\"{LoadFixtures.BundleIdentifier}\"/>").And.Contain($"urn:uuid:{LoadFixtures.HeaderId}");
    }

    [Fact]
    public void Render_JsonFixture_ChangesOnlyTheHeaderIdAndBundleIdentifier()
    {
        MessageFixture.TryCreate(Encoding.UTF8.GetBytes(LoadFixtures.MessageJson), out var fixture, out _).Should().BeTrue();

        var copy = fixture!.Render(NewHeaderId, NewIdentifier);

        fixture.MediaType.Should().Be(MessageFixture.JsonMediaType);
        var expected = LoadFixtures.MessageJson
            .Replace("\"value\": \"bundle-identifier-1\"", $"\"value\": \"{NewIdentifier}\"", StringComparison.Ordinal)
            .Replace("{ \"id\": \"header-1\"", $"{{ \"id\": \"{NewHeaderId}\"", StringComparison.Ordinal);
        Encoding.UTF8.GetString(copy).Should().Be(expected);
        var bundle = new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance).Parse(copy).Resource;
        bundle.Children("entry").Last().Child("resource").Text("id").Should().Be(NewHeaderId);
    }

    [Fact]
    public void Render_TwoCopies_AreIndependent()
    {
        MessageFixture.TryCreate(Encoding.UTF8.GetBytes(LoadFixtures.MessageJson), out var fixture, out _).Should().BeTrue();

        var first = Encoding.UTF8.GetString(fixture!.Render("a", "b"));
        var second = Encoding.UTF8.GetString(fixture.Render("c", "d"));

        first.Should().Contain("\"id\": \"a\"").And.NotContain("\"id\": \"c\"");
        second.Should().Contain("\"id\": \"c\"").And.Contain("\"value\": \"d\"");
    }

    [Fact]
    public void TryCreate_ByteOrderMark_KeepsItAndFindsTheValues()
    {
        var withBom = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes(LoadFixtures.MessageJson)).ToArray();
        MessageFixture.TryCreate(withBom, out var fixture, out _).Should().BeTrue();

        var copy = fixture!.Render(NewHeaderId, NewIdentifier);

        copy.AsSpan(0, 3).ToArray().Should().Equal(Encoding.UTF8.Preamble.ToArray());
        Encoding.UTF8.GetString(copy.AsSpan(3)).Should().Contain($"\"value\": \"{NewIdentifier}\"").And.Contain($"\"id\": \"{NewHeaderId}\"");
    }

    [Theory]
    [InlineData(LoadFixtures.XmlWithoutBundleIdentifier)]
    [InlineData("""{ "resourceType": "Bundle", "identifier": { "value": "x" }, "type": "message", "entry": [] }""")]
    [InlineData("""{ "resourceType": "Bundle", "type": "message", "entry": [ { "resource": { "resourceType": "MessageHeader", "id": "h" } } ] }""")]
    [InlineData("""<Bundle xmlns="http://hl7.org/fhir"><identifier><value value="x"/></identifier></Bundle>""")]
    [InlineData("plain text")]
    [InlineData("""{ "resourceType": "Bundle", """)]
    public void TryCreate_WithoutBothValues_Fails(string content)
    {
        var created = MessageFixture.TryCreate(Encoding.UTF8.GetBytes(content), out var fixture, out var error);

        created.Should().BeFalse();
        fixture.Should().BeNull();
        error.Should().NotBeNullOrEmpty();
    }
}
