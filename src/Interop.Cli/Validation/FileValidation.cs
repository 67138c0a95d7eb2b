using Interop.Fhir.Serialization;
using Interop.Fhir.Validation;
using Interop.Fhir.Validation.Validation;

namespace Interop.Cli.Validation;

/// <summary>What reading and validating one resource found: the parser's issues, then the validator's.</summary>
/// <param name="Parsed">The parse result.</param>
/// <param name="Validation">The validator's result; null when nothing could be read to validate.</param>
internal sealed record FileValidation(ParseResult Parsed, ValidationResult? Validation)
{
    /// <summary>
    /// How files are read to be validated: strictly, as the engine reads what it receives (an unknown element or one out
    /// of order makes a resource invalid), recording where each element starts.
    /// </summary>
    public static FhirParserOptions ParserOptions { get; } = new() { Strict = true, TrackPositions = true };

    /// <summary>How many issues, parser's and validator's, are errors or fatal.</summary>
    public int ErrorCount => Parsed.Issues.Count(i => i.IsError) + (Validation?.ErrorCount ?? 0);

    /// <summary>Validates what <paramref name="parsed"/> read, partial or not, against its type, its <c>meta.profile</c> and <paramref name="profiles"/>.</summary>
    public static FileValidation Of(ParseResult parsed, FhirValidator validator, IReadOnlyList<string>? profiles = null) =>
        new(parsed, parsed.Resource is null ? null : validator.Validate(parsed.Resource, profiles, parsed.Positions));
}
