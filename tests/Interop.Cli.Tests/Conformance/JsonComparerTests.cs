using Interop.Cli.Conformance;

namespace Interop.Cli.Tests.Conformance;

public sealed class JsonComparerTests
{
    [Fact]
    public void Compare_PropertiesInOtherOrder_IsEqual()
    {
        JsonComparer.Compare("""{"a":1,"b":"x"}""", """{"b":"x","a":1}""").Should().BeNull();
    }

    [Fact]
    public void Compare_NumberWithOtherText_ReportsValueAtPath()
    {
        var difference = JsonComparer.Compare("""{"valueDecimal":1.50}""", """{"valueDecimal":1.5}""");

        difference.Should().Be(new Difference("$.valueDecimal", DifferenceKind.ValueDiffers));
    }

    [Fact]
    public void Compare_NumberAsString_ReportsKind()
    {
        JsonComparer.Compare("""{"a":1}""", """{"a":"1"}""").Should().Be(new Difference("$.a", DifferenceKind.KindDiffers));
    }

    [Fact]
    public void Compare_MissingProperty_ReportsMissing()
    {
        var difference = JsonComparer.Compare("""{"name":[{"family":"X","given":["A"]}]}""", """{"name":[{"family":"X"}]}""");

        difference.Should().Be(new Difference("$.name[0].given", DifferenceKind.Missing));
    }

    [Fact]
    public void Compare_ExtraProperty_ReportsUnexpected()
    {
        JsonComparer.Compare("""{"a":true}""", """{"a":true,"b":false}""").Should().Be(new Difference("$.b", DifferenceKind.Unexpected));
    }

    [Fact]
    public void Compare_OtherOrderWithPropertyMissing_ReportsMissing()
    {
        JsonComparer.Compare("""{"a":1,"b":2}""", """{"b":2,"c":1}""").Should().Be(new Difference("$.a", DifferenceKind.Missing));
    }

    [Fact]
    public void Compare_OtherOrderWithExtraProperty_ReportsUnexpected()
    {
        JsonComparer.Compare("""{"a":1,"b":2}""", """{"b":2,"a":1,"c":3}""").Should().Be(new Difference("$.c", DifferenceKind.Unexpected));
    }

    [Fact]
    public void Compare_PropertyNameEscaped_IsEqual()
    {
        JsonComparer.Compare("""{"\u0061":1,"b":[true]}""", """{"a":1,"b":[true]}""").Should().BeNull();
    }

    [Fact]
    public void Compare_ArrayInOtherOrder_ReportsFirstItem()
    {
        JsonComparer.Compare("""{"given":["A","B"]}""", """{"given":["B","A"]}""").Should().Be(new Difference("$.given[0]", DifferenceKind.ValueDiffers));
    }

    [Fact]
    public void Compare_ShorterArray_ReportsMissingItem()
    {
        JsonComparer.Compare("""{"given":["A",null]}""", """{"given":["A"]}""").Should().Be(new Difference("$.given[1]", DifferenceKind.Missing));
    }

    [Fact]
    public void Compare_BooleanChanged_ReportsKind()
    {
        JsonComparer.Compare("""{"active":true}""", """{"active":false}""").Should().Be(new Difference("$.active", DifferenceKind.KindDiffers));
    }

    [Fact]
    public void Compare_StringEscapedDifferently_IsEqual()
    {
        JsonComparer.Compare("""{"a":"caf\u00e9 \/"}""", """{"a":"café /"}""").Should().BeNull();
    }

    [Fact]
    public void Compare_ByteOrderMark_IsIgnored()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. """{"a":1}"""u8];

        JsonComparer.Compare(withBom, """{"a":1}"""u8.ToArray()).Should().BeNull();
    }

    [Fact]
    public void Compare_DivWithReserialisedMarkup_IsEqual()
    {
        var expected = """{"text":{"div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>a<br/>b</p></div>"}}""";
        var actual = """{"text":{"div":"<div xmlns='http://www.w3.org/1999/xhtml'><p>a<br />b</p></div>"}}""";

        JsonComparer.Compare(expected, actual).Should().BeNull();
    }

    [Fact]
    public void Compare_DivWithOtherText_ReportsXmlPathInsideDiv()
    {
        var expected = """{"text":{"div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>a</p><p>b</p></div>"}}""";
        var actual = """{"text":{"div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>a</p><p>c</p></div>"}}""";

        JsonComparer.Compare(expected, actual).Should().Be(new Difference("$.text.div/div/p[2]/text()[1]", DifferenceKind.ValueDiffers));
    }

    [Fact]
    public void Compare_DivWithOtherMarkup_ReportsElement()
    {
        var expected = """{"div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><b>a</b></div>"}""";
        var actual = """{"div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><i>a</i></div>"}""";

        JsonComparer.Compare(expected, actual).Should().Be(new Difference("$.div/div/b[1]", DifferenceKind.NameDiffers));
    }

    [Fact]
    public void Compare_OtherStringWithReserialisedMarkup_IsNotTakenAsXml()
    {
        JsonComparer.Compare("""{"note":"<br/>"}""", """{"note":"<br />"}""").Should().Be(new Difference("$.note", DifferenceKind.ValueDiffers));
    }
}
