using Interop.Fhir.Serialization;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>
/// Suite inputs that are not valid FHIR, whose tests expect them read the way the parser reads them anyway: the parser
/// reports the stated issue and returns the resource as far as it could read it, and the tests evaluate over that.
/// </summary>
internal static class KnownInvalidInputs
{
    /// <summary>The invalid inputs, by file name.</summary>
    public static IReadOnlyDictionary<string, KnownInvalidExample> ByFileName { get; } = new Dictionary<string, KnownInvalidExample>(StringComparer.Ordinal)
    {
        ["patient-name-extensions.json"] = new(
            "'given' has 2 items and '_given' 1 (FHIR JSON wants them padded to the same length with null); its test expects the extension on the first given",
            ParseIssueCodes.JsonArrayLengthMismatch),
    };
}
