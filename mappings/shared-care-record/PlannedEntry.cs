using Interop.Fhir.R4;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>A resource ready for the transaction: its key, its copy to write, and the source entry it came from.</summary>
internal sealed record PlannedEntry(ConditionalKey Key, Resource Resource, string SourceFullUrl);
