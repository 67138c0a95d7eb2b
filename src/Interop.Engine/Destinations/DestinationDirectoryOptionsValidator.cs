using System.Globalization;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Destinations;

/// <summary>Checks the destination directory on start; each failure starts with a <see cref="DestinationErrorCodes"/> code and names the destination.</summary>
internal sealed class DestinationDirectoryOptionsValidator : IValidateOptions<DestinationDirectoryOptions>
{
    public ValidateOptionsResult Validate(string? name, DestinationDirectoryOptions options)
    {
        var failures = new List<string>();
        var firstIndexById = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var servedBy = new Dictionary<(string Ods, DestinationKind Kind), string>(OdsKindComparer.Instance);

        for (var index = 0; index < options.Destinations.Count; index++)
        {
            var destination = options.Destinations[index];
            var label = string.IsNullOrWhiteSpace(destination.Id)
                ? string.Create(CultureInfo.InvariantCulture, $"destination #{index}")
                : $"destination '{destination.Id}'";

            if (!IsValidId(destination.Id))
            {
                failures.Add($"{DestinationErrorCodes.InvalidId}: {label} needs an Id of letters, digits, '-', '_' or '.'.");
            }
            else if (!firstIndexById.TryAdd(destination.Id, index))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{DestinationErrorCodes.DuplicateId}: {label} is listed twice (entries {firstIndexById[destination.Id]} and {index})."));
            }

            if (!Uri.TryCreate(destination.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{DestinationErrorCodes.InvalidUrl}: {label} has Url '{destination.Url}', which is not an absolute http or https URL.");
            }

            if (!DestinationConfigNames.TryParseFhirVersion(destination.FhirVersion, out _))
            {
                failures.Add($"{DestinationErrorCodes.UnknownFhirVersion}: {label} has FhirVersion '{destination.FhirVersion}'; use R4 or STU3.");
            }

            if (!DestinationConfigNames.TryParseFormat(destination.Format, out _))
            {
                failures.Add($"{DestinationErrorCodes.UnknownFormat}: {label} has Format '{destination.Format}'; use json or xml.");
            }

            if (!DestinationConfigNames.TryParseKind(destination.Kind, out var kind))
            {
                failures.Add($"{DestinationErrorCodes.UnknownKind}: {label} has Kind '{destination.Kind}'; use one of {DestinationConfigNames.KnownKinds}.");
            }
            else
            {
                CheckOdsCodes(destination, label, kind, servedBy, failures);
            }

            CheckAuth(destination.Auth, label, failures);
            DestinationResilienceRules.Check(destination, label, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static void CheckOdsCodes(
        DestinationOptions destination,
        string label,
        DestinationKind kind,
        Dictionary<(string Ods, DestinationKind Kind), string> servedBy,
        List<string> failures)
    {
        foreach (var odsCode in destination.OdsCodes)
        {
            if (string.IsNullOrWhiteSpace(odsCode))
            {
                failures.Add($"{DestinationErrorCodes.InvalidOdsCode}: {label} has a blank entry in OdsCodes.");
            }
            else if (!servedBy.TryAdd((odsCode.Trim(), kind), destination.Id) && !string.Equals(servedBy[(odsCode.Trim(), kind)], destination.Id, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{DestinationErrorCodes.AmbiguousOdsCode}: ODS code '{odsCode}' is served by two {DestinationConfigNames.KindName(kind)} destinations, " +
                    $"'{servedBy[(odsCode.Trim(), kind)]}' and '{destination.Id}'.");
            }
        }
    }

    private static void CheckAuth(DestinationAuthOptions auth, string label, List<string> failures)
    {
        var hasFile = !string.IsNullOrWhiteSpace(auth.TokenFile);
        var hasVariable = !string.IsNullOrWhiteSpace(auth.TokenEnvironmentVariable);
        if (string.Equals(auth.Mode, DestinationAuthOptions.Bearer, StringComparison.OrdinalIgnoreCase))
        {
            if (hasFile == hasVariable)
            {
                failures.Add($"{DestinationErrorCodes.InvalidAuth}: {label} uses bearer auth and needs exactly one of Auth:TokenFile or Auth:TokenEnvironmentVariable.");
            }
        }
        else if (string.Equals(auth.Mode, DestinationAuthOptions.None, StringComparison.OrdinalIgnoreCase))
        {
            if (hasFile || hasVariable)
            {
                failures.Add($"{DestinationErrorCodes.InvalidAuth}: {label} has a token source but Auth:Mode none; set Mode to bearer or remove it.");
            }
        }
        else
        {
            failures.Add($"{DestinationErrorCodes.InvalidAuth}: {label} has Auth:Mode '{auth.Mode}'; use none or bearer.");
        }
    }
}
