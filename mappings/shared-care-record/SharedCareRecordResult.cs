using Interop.Fhir.R4;

namespace Interop.Mappings.SharedCareRecord;

/// <summary>The transaction to write to the Shared Care Record, or the issues that stopped it.</summary>
/// <param name="Transaction">The transaction Bundle; null when an issue is an error.</param>
/// <param name="Issues">Every issue found, in the order of the source resources.</param>
public sealed record SharedCareRecordResult(Bundle? Transaction, IReadOnlyList<SharedCareRecordIssue> Issues);
