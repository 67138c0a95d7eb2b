using Interop.Fhir;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>The R4 resource made from an STU3 one, and everything that could not be carried across.</summary>
/// <param name="Resource">The R4 resource, or null when the resource type has no R4 equivalent.</param>
/// <param name="Issues">What was not carried, each with a stable code.</param>
public sealed record ConversionResult(Base? Resource, IReadOnlyList<ConversionIssue> Issues);
