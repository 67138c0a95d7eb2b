using Interop.Fhir.Serialization;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>Something the conversion could not carry as it was, with a stable code and where it was in the STU3 resource.</summary>
/// <param name="Code">Stable code from <see cref="ConversionIssueCodes"/>.</param>
/// <param name="Severity">How much of the meaning is lost.</param>
/// <param name="Path">The STU3 element path (<c>Bundle.entry[3].resource.related[0]</c>).</param>
/// <param name="Message">A description that names elements and codes, never patient data.</param>
public sealed record ConversionIssue(string Code, IssueSeverity Severity, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} {Severity} at {Path}: {Message}";
}
