using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;

namespace Interop.Fhir.Validation.Validation;

/// <summary>Extensions no slice describes: checked against their own definition, found by URL.</summary>
internal sealed partial class ValidationRun
{
    private void ValidateExtensionByUrl(Base extension, string location, Base resource, bool modifier)
    {
        if (extension.Text("url") is not { } url || !url.Contains(':', StringComparison.Ordinal))
        {
            // A relative url is a complex extension's part (`extension.extension.url = "BusAckRequested"`), defined by its parent.
            return;
        }

        if (validator.Tree(url) is { } tree)
        {
            ValidateElement(extension, tree.Root, tree, location, resource);
        }
        else
        {
            ReportUnknownExtension(url, location, modifier);
        }
    }

    private void ReportUnknownExtension(string url, string location, bool modifier) =>
        Report(modifier ? IssueSeverity.Error : validator.Options.UnknownExtensionSeverity, IssueType.Extension, ValidationCodes.UnknownExtension,
            $"The extension {url} is not defined in any loaded package.", location);
}
