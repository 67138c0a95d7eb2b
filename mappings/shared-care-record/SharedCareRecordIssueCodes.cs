namespace Interop.Mappings.SharedCareRecord;

/// <summary>The stable codes of the Shared Care Record mapping's issues.</summary>
public static class SharedCareRecordIssueCodes
{
    /// <summary>A Patient has no NHS number, so it cannot be matched to the record safely and is not written.</summary>
    public const string MissingNhsNumber = "SHCR001";

    /// <summary>A reference points to a resource of the message that is not among the resources given.</summary>
    public const string UnresolvedReference = "SHCR002";

    /// <summary>The message has no document identifier, so no replay-safe key can be derived.</summary>
    public const string MissingDocumentIdentifier = "SHCR003";

    /// <summary>A resource type has no identifier element, so no conditional write can find it again on a replay.</summary>
    public const string NoBusinessIdentifier = "SHCR004";
}
