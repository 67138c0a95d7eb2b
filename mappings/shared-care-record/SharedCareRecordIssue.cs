namespace Interop.Mappings.SharedCareRecord;

/// <summary>A problem that stops (error) or qualifies (warning) the write to the Shared Care Record; names no patient data.</summary>
/// <param name="Code">A stable code from <see cref="SharedCareRecordIssueCodes"/>.</param>
/// <param name="IsError">True when the transaction must not be written.</param>
/// <param name="Message">What went wrong, for the interface team.</param>
/// <param name="Location">The source entry's fullUrl, or the element path, the issue is about.</param>
public sealed record SharedCareRecordIssue(string Code, bool IsError, string Message, string Location);
