using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;

namespace Interop.Cli.Conversion;

/// <summary>The FHIR versions the tool reads, by their command-line names, and how to tell which one a resource is in.</summary>
internal static class FhirVersions
{
    /// <summary>The command-line name of FHIR R4.</summary>
    public const string R4 = "r4";

    /// <summary>The command-line name of FHIR STU3.</summary>
    public const string Stu3 = "stu3";

    /// <summary>The model of the version called <paramref name="name"/> (<see cref="R4"/> or <see cref="Stu3"/>).</summary>
    public static ModelInfo Model(string name) => Interop.Engine.Messages.FhirVersions.Model(name.ToUpperInvariant());

    /// <summary>
    /// Parses <paramref name="content"/> as R4 and as STU3 and keeps the version with fewer errors; on a
    /// tie, the one with fewer warnings, as an element a version does not know is only a warning but is
    /// lost; R4 when that ties too.
    /// </summary>
    public static (ModelInfo Model, ParseResult Result) ParseDetectingVersion(byte[] content, FhirFormat format, FhirParserOptions? options = null)
    {
        var r4 = FhirFormats.Parse(content, format, global::Interop.Fhir.R4.FhirModel.Instance, options);
        if (r4.Issues.Count == 0)
        {
            return (global::Interop.Fhir.R4.FhirModel.Instance, r4);
        }

        var stu3 = FhirFormats.Parse(content, format, global::Interop.Fhir.Stu3.FhirModel.Instance, options);
        return Badness(stu3).CompareTo(Badness(r4)) < 0
            ? (global::Interop.Fhir.Stu3.FhirModel.Instance, stu3)
            : (global::Interop.Fhir.R4.FhirModel.Instance, r4);
    }

    private static (int Errors, int Warnings) Badness(ParseResult result) =>
        (result.Issues.Count(i => i.IsError), result.Issues.Count(i => i.Severity == IssueSeverity.Warning));
}
