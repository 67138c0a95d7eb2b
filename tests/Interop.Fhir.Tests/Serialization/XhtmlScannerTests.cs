using System.Text;
using System.Text.Json;
using System.Xml;
using Interop.Fhir.Serialization;
using Interop.Fhir.Tests.Serialization.Xml;

namespace Interop.Fhir.Tests.Serialization;

public class XhtmlScannerTests
{
    private const string Ns = "xmlns=\"http://www.w3.org/1999/xhtml\"";

    [Theory]
    [InlineData($"<div {Ns}/>")]
    [InlineData($"<div {Ns}>text</div>")]
    [InlineData($"  <div {Ns} class='a'><p>A &amp; B &lt; C &#160; &#xA0;</p><br/><!-- note --></div>\n")]
    [InlineData($"<div {Ns} xml:lang=\"en\"><table><tr><td colspan=\"2\">x &gt; y</td></tr></table></div>")]
    [InlineData($"<div {Ns} title=\"\u00e9\">caf\u00e9 \ud83d\ude00 \u4e2d</div>")]
    [InlineData($"<div {Ns} title=\"it's &amp; &#65; x > y\">a\tb\r\nc \u007f > d</div>")]
    [InlineData($"<div {Ns} title='say \"hi\" &apos;'/>")]
    public void IsCertainlyWellFormed_PlainDivs_IsTrue(string xhtml)
    {
        Certain(xhtml).Should().BeTrue();
        XhtmlChecker.IsValidDiv(xhtml).Should().BeTrue();
        XhtmlChecker.IsValidDiv(Encoding.UTF8.GetBytes(xhtml)).Should().BeTrue();
    }

    [Theory]
    [InlineData("<div>no namespace</div>")]
    [InlineData($"<div {Ns}><p>unclosed</div>")]
    [InlineData($"<div {Ns}><p></b></div>")]
    [InlineData($"<div {Ns}>&nbsp;</div>")]
    [InlineData($"<div {Ns}>&#x1;</div>")]
    [InlineData($"<div {Ns} a='1' a='2'/>")]
    [InlineData($"<div {Ns} a=1/>")]
    [InlineData($"<div {Ns}/><div {Ns}/>")]
    [InlineData($"x<div {Ns}/>")]
    [InlineData($"  x<div {Ns}/>")]
    [InlineData($"<div {Ns}/>trailing")]
    [InlineData($"<span {Ns}/>")]
    [InlineData($"<div {Ns}>]]></div>")]
    [InlineData($"<div {Ns}><!-- a -- b --></div>")]
    [InlineData($"<div {Ns} class=\"a<b\"/>")]
    [InlineData($"<div {Ns}class=\"a\"/>")]
    [InlineData($"<div {Ns}>")]
    [InlineData($"<div {Ns}><</div>")]
    [InlineData($"<div {Ns}>\uffff</div>")]
    [InlineData($"<div {Ns}>bell \u0007</div>")]
    [InlineData($"<div {Ns} title=\"bell \u0007\"/>")]
    [InlineData($"<div {Ns} title=\"\uffff\"/>")]
    [InlineData($"<div {Ns} title='unclosed/>")]
    public void IsValidDiv_Malformed_IsFalse(string xhtml)
    {
        Certain(xhtml).Should().BeFalse();
        XhtmlChecker.IsValidDiv(xhtml).Should().BeFalse();
    }

    [Fact]
    public void IsValidDiv_LoneSurrogate_IsFalse()
    {
        // Built at run time: an attribute argument cannot carry a lone surrogate (the compiler stores it as UTF-8).
        var xhtml = $"<div {Ns}>lone " + (char)0xD83D + " surrogate</div>";

        XhtmlChecker.IsValidDiv(xhtml).Should().BeFalse();
    }

    [Fact]
    public void IsValidDiv_BytesThatAreNotUtf8_IsFalse()
    {
        byte[] xhtml = [.. Encoding.UTF8.GetBytes($"<div {Ns}>caf"), 0xE9, .. "</div>"u8];

        XhtmlScanner.IsCertainlyWellFormed(xhtml).Should().BeFalse();
        XhtmlChecker.IsValidDiv(xhtml).Should().BeFalse();
    }

    [Theory]
    [InlineData("<x:div xmlns:x=\"http://www.w3.org/1999/xhtml\">prefixed</x:div>")]
    [InlineData($"<div {Ns}><![CDATA[a < b]]></div>")]
    [InlineData($"<div {Ns}><p\u00e9>name beyond ASCII</p\u00e9></div>")]
    public void IsValidDiv_ValidButUnusual_IsLeftToTheXmlReader(string xhtml)
    {
        Certain(xhtml).Should().BeFalse();
        XhtmlChecker.IsValidDiv(xhtml).Should().BeTrue();
        XhtmlChecker.IsValidDiv(Encoding.UTF8.GetBytes(xhtml)).Should().BeTrue();
    }

    [Fact]
    public void IsCertainlyWellFormed_EveryNarrativeOfTheR4Examples_NeverAcceptsWhatXmlRejects()
    {
        var divs = Narratives(Path.Combine(TestData.Root, ".cache", "fhir", "hl7.fhir.r4.examples", "package", "Bundle-resources.json"));
        var random = new Random(20261122);
        var certain = 0;

        divs.Should().HaveCountGreaterThan(150);
        foreach (var div in divs)
        {
            // The narrative itself, and damaged copies: a character dropped, and the text cut short.
            var at = random.Next(div.Length);
            foreach (var sample in new[] { div, div.Remove(at, 1), div[..at] })
            {
                if (Certain(sample))
                {
                    certain++;
                    XmlReaderAccepts(sample).Should().BeTrue(sample.Length > 200 ? sample[..200] : sample);
                }
            }
        }

        certain.Should().BeGreaterThan(divs.Count / 2, "the scanner should settle most real narratives by itself");
    }

    /// <summary>The scanner's answer on the UTF-8 of <paramref name="xhtml"/>; text that has no UTF-8 (a lone surrogate) is not certain.</summary>
    private static bool Certain(string xhtml)
    {
        try
        {
            return XhtmlScanner.IsCertainlyWellFormed(new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(xhtml));
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static bool XmlReaderAccepts(string xhtml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xhtml), settings);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static List<string> Narratives(string file)
    {
        var divs = new List<string>();
        var reader = new Utf8JsonReader(File.ReadAllBytes(file));
        var isDiv = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                isDiv = reader.ValueTextEquals("div"u8);
            }
            else if (isDiv && reader.TokenType == JsonTokenType.String)
            {
                divs.Add(reader.GetString()!);
            }
        }

        return divs;
    }
}
