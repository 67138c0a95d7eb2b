using Interop.Fhir.R4;

namespace Interop.Fhir.FhirPath.Tests.Functions;

public class HtmlChecksTests
{
    [Theory]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Seen by the pharmacist</p></div>", "true")]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"#scan\" alt=\"\"/></div>", "true")]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\">\n  <p></p>\n</div>", "false")]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>text</p><script>run()</script></div>", "false")]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\"><a href=\"javascript:run()\">text</a></div>", "false")]
    [InlineData("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p onclick=\"run()\">text</p></div>", "false")]
    public void Evaluate_HtmlChecks_NeedsSafeVisibleContent(string div, string expected)
    {
        var narrative = new Narrative { Status = new Code("generated"), Div = new XHtml(div) };

        FunctionResults.Evaluate("`div`.htmlChecks()", narrative).Should().Be(expected);
    }
}
