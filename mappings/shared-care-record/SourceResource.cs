using Interop.Fhir.R4;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>One R4 resource of the converted message, with the fullUrl the message's other resources use to reference it.</summary>
/// <param name="FullUrl">The entry's fullUrl in the source message (usually <c>urn:uuid:...</c>).</param>
/// <param name="Resource">The resource; never modified by the mapping.</param>
public sealed record SourceResource(string FullUrl, Resource Resource);
