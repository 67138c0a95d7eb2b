using Interop.Engine.Messages;
using Interop.Mappings.Common;
using Interop.Mappings.SharedCareRecord;
using R4 = Interop.Fhir.R4;

namespace Interop.Engine.Pipeline;

/// <summary>
/// What a clinical message becomes for the Shared Care Record: the resources of its document (or of the message itself
/// when it carries none) written as a conditional transaction, keyed on business identifiers, with Provenance.
/// </summary>
internal static class SharedCareRecordPayload
{
    /// <summary>The transaction for <paramref name="r4Message"/> (an R4 message Bundle), or the first mapping error's code.</summary>
    public static (R4.Bundle? Transaction, string? FailureCode) Map(R4.Bundle r4Message, StoredMessage message)
    {
        var document = r4Message.Entry.Select(e => e.Resource).OfType<R4.Bundle>().FirstOrDefault(b => b.Type?.Value == "document") ?? r4Message;
        var resources = document.Entry
            .Where(e => e.Resource is R4.Resource and not R4.MessageHeader and not R4.Bundle && e.FullUrl?.Value is not null)
            .Select(e => new SourceResource(e.FullUrl!.Value!, (R4.Resource)e.Resource!))
            .ToList();
        var source = new SharedCareRecordSource(
            SenderMessageId(message),
            document.Identifier?.System?.Value ?? "",
            document.Identifier?.Value?.Value ?? "",
            message.Envelope.SenderOds ?? "",
            message.Envelope.EventSystem ?? "",
            message.Envelope.Event ?? "",
            message.ReceivedAt);
        var result = SharedCareRecordMapping.Map(source, resources);
        return (result.Transaction, result.Transaction is null ? result.Issues.First(i => i.IsError).Code : null);
    }

    // Provenance names the message as its sender knows it (MessageHeader.id), so it traces back to them and a replay,
    // which has a new engine id, writes the same Provenance; a header id that is not a UUID gets one derived from it.
    private static Guid SenderMessageId(StoredMessage message) =>
        message.Envelope.MessageHeaderId is { } headerId
            ? Guid.TryParse(headerId, out var id) ? id : Guid.Parse(DeterministicUuid.From("message-header", headerId))
            : Guid.Parse(message.ReplayOf ?? message.Id);
}
