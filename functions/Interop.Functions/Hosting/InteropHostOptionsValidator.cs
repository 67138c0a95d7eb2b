using Microsoft.Extensions.Options;

namespace Interop.Functions.Hosting;

/// <summary>Refuses to start a host whose self-description would send clients to a wrong or unusable address.</summary>
internal sealed class InteropHostOptionsValidator : IValidateOptions<InteropHostOptions>
{
    public ValidateOptionsResult Validate(string? name, InteropHostOptions options)
    {
        var failures = new List<string>();
        if (!IsUsableBaseUrl(options.PublicBaseUrl))
        {
            failures.Add($"{InteropHostOptions.SectionName}:{nameof(options.PublicBaseUrl)} must be an absolute http or https URL without query or fragment.");
        }

        if (string.IsNullOrWhiteSpace(options.SoftwareName))
        {
            failures.Add($"{InteropHostOptions.SectionName}:{nameof(options.SoftwareName)} must not be empty.");
        }

        if (options.SoftwareVersion is not null && string.IsNullOrWhiteSpace(options.SoftwareVersion))
        {
            failures.Add($"{InteropHostOptions.SectionName}:{nameof(options.SoftwareVersion)} must be left out or not be blank.");
        }

        if (string.IsNullOrWhiteSpace(options.Description))
        {
            failures.Add($"{InteropHostOptions.SectionName}:{nameof(options.Description)} must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsUsableBaseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment);
}
