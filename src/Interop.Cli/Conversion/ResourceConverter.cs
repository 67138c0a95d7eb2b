using Interop.Fhir.Introspection;

namespace Interop.Cli.Conversion;

/// <summary>Reads a resource in either format and writes it in the other (or the one asked for).</summary>
internal static class ResourceConverter
{
    /// <summary>Converts <paramref name="content"/>; the FHIR version is detected when <paramref name="model"/> is null.</summary>
    public static ConversionResult Convert(byte[] content, FhirFormat? target, ModelInfo? model)
    {
        var format = FhirFormats.Detect(content);
        var (usedModel, parsed) = model is null
            ? FhirVersions.ParseDetectingVersion(content, format)
            : (model, FhirFormats.Parse(content, format, model));
        if (parsed.HasErrors || parsed.Resource is null)
        {
            return new ConversionResult(null, usedModel, parsed.Issues);
        }

        var output = FhirFormats.Serialize(parsed.Resource, target ?? FhirFormats.Other(format));
        return new ConversionResult(output, usedModel, parsed.Issues);
    }
}
