using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;

namespace Interop.Fhir.Validation.Validation;

/// <summary>
/// Extensions: one no slice describes is checked against its own definition, found by URL; every extension is checked
/// once for its URL, the place it is used and the parts a complex extension defines.
/// </summary>
internal sealed partial class ValidationRun
{
    private const string ExtensionType = "Extension";

    // An extension reached through several profiles is checked once.
    private readonly HashSet<Base> _extensionsChecked = new(ReferenceEqualityComparer.Instance);

    private void ValidateExtensionByUrl(Base extension, string location, Base resource, bool modifier)
    {
        if (extension.Text("url") is not { } url || !IsAbsolute(url))
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

    private void CheckExtensionUse(Base extension, string location)
    {
        if (!_extensionsChecked.Add(extension) || extension.Text("url") is not { } url)
        {
            return;
        }

        if (!IsAbsolute(url))
        {
            if (!Parents.TryGetParent(extension, out var parent, out _) || parent.ClassMapping.Name != ExtensionType)
            {
                Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.ExtensionUrlNotAbsolute,
                    "Extension.url must be an absolute URL: only a complex extension's parts have relative ones.", location);
            }

            return;
        }

        if (validator.Tree(url) is { } tree)
        {
            CheckExtensionContext(extension, tree.Definition, location);
            CheckExtensionParts(extension, tree, location);
        }
    }

    // A complex extension defines its parts as slices of Extension.extension, each with a fixed relative url.
    private void CheckExtensionParts(Base extension, ElementTree tree, string location)
    {
        if (tree.Find("Extension.extension") is not { Slices.Count: > 0 } parts)
        {
            return;
        }

        var defined = parts.Slices
            .Select(slice => slice.Children.FirstOrDefault(c => c.Name == "url").Node?.Element.Fixed)
            .OfType<IPrimitive>().Select(url => url.RawValue).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var index = 0;
        foreach (var part in extension.Children("extension"))
        {
            if (part.Text("url") is { } url && !IsAbsolute(url) && !defined.Contains(url))
            {
                Report(IssueSeverity.Error, IssueType.Invalid, ValidationCodes.UnknownExtensionPart,
                    $"The part {url} is not defined by the extension {tree.Definition.Url}.", $"{location}.extension[{index}]");
            }

            index++;
        }
    }

    private void ReportUnknownExtension(string url, string location, bool modifier)
    {
        // The operator vouches for the domains listed: their extensions are known to the receiving systems, definitions or not.
        if (validator.Options.AllowedExtensionDomains.Any(domain => url.StartsWith(domain, StringComparison.Ordinal)))
        {
            return;
        }

        Report(modifier ? IssueSeverity.Error : validator.Options.UnknownExtensionSeverity, IssueType.Extension, ValidationCodes.UnknownExtension,
            $"The extension {url} is not defined in any loaded package.", location);
    }

    private static bool IsAbsolute(string url) => url.Contains(':', StringComparison.Ordinal);
}
