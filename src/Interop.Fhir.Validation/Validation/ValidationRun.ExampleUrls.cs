using Interop.Fhir.Serialization;

namespace Interop.Fhir.Validation.Validation;

/// <summary>URLs at the domains reserved for examples (RFC 2606), refused when the options say so.</summary>
internal sealed partial class ValidationRun
{
    private static readonly string[] ExampleDomains = ["example.org", "example.com", "example.net"];

    private void CheckExampleUrl(Base element, string text, string location)
    {
        if (validator.Options.AllowExampleUrls || element.ClassMapping.Name is not ("uri" or "url" or "canonical")
            || !Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return;
        }

        if (ExampleDomains.Any(d => url.Host.Equals(d, StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase)))
        {
            Report(IssueSeverity.Error, IssueType.Value, ValidationCodes.ExampleUrl, "Example URLs are not allowed here.", location);
        }
    }
}
