using Interop.Fhir.Validation.Validation;
using static Interop.Fhir.Validation.Tests.Validation.CoreValidation;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>URLs at the example domains, refused only when the options say so.</summary>
public sealed class ExampleUrlTests
{
    [Theory]
    [InlineData("http://repository.example.org/fhir/DocumentReference/1", false, 1)]
    [InlineData("https://example.com/file.pdf", false, 1)]
    [InlineData("http://repository.example.org/fhir/DocumentReference/1", true, 0)]
    [InlineData("https://files.nhs.uk/letter.pdf", false, 0)]
    [InlineData("https://notexample.org/letter.pdf", false, 0)]
    public void Validate_AttachmentUrl_ExampleDomainRefusedWhenNotAllowed(string url, bool allow, int expected)
    {
        var document = $$"""
            {"resourceType": "DocumentReference", "status": "current",
             "content": [{"attachment": {"contentType": "text/plain", "url": "{{url}}"} }]}
            """;

        Where(document, ValidationCodes.ExampleUrl, new ValidatorOptions { AllowExampleUrls = allow })
            .Should().HaveCount(expected).And.AllBe("DocumentReference.content[0].attachment.url");
    }
}
