using Interop.Mappings.Stu3ToR4;

namespace Interop.Engine.Pipeline;

/// <summary>A payload put into a destination's form, or why it could not be.</summary>
/// <param name="Body">The bytes to send; null when the payload could not be put into the destination's form.</param>
/// <param name="ContentType">The content type to send them with.</param>
/// <param name="FailureCode">The stable code of why not (ENG415, or a mapping's code such as SHCR001).</param>
/// <param name="ConversionIssues">What an STU3 → R4 conversion could not carry as it was (warnings and errors); empty when nothing was lost.</param>
internal sealed record FormattedPayload(byte[]? Body, string ContentType, string? FailureCode = null, IReadOnlyList<ConversionIssue>? ConversionIssues = null)
{
    /// <summary>A payload that cannot be put into the destination's form, with the code that says why.</summary>
    public static FormattedPayload Failed(string code) => new(null, "", code);
}
