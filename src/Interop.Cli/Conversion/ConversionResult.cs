using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;

namespace Interop.Cli.Conversion;

/// <summary>What converting a resource gave: the output, or the reason there is none.</summary>
/// <param name="Output">The resource in the target format; null when the input had errors.</param>
/// <param name="Model">The FHIR version the input was read as.</param>
/// <param name="Issues">Every issue the parser found, warnings included.</param>
internal sealed record ConversionResult(byte[]? Output, ModelInfo Model, IReadOnlyList<ParseIssue> Issues);
