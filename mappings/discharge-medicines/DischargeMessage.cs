using Interop.Fhir.R4;

namespace Interop.Mappings.DischargeMedicines;

/// <summary>Finds the discharge document an eDischarge message (ITK003D, converted to R4 when it came as STU3) carries.</summary>
public static class DischargeMessage
{
    /// <summary>
    /// The document: a <c>document</c> Bundle entry when the message holds one; otherwise the message's own resources, as
    /// ITK3 carries them, put into a <c>document</c> Bundle with the Composition the header focuses on first, identified by
    /// the Composition's identifier (else the message's). The resources are shared with the message, not copied. Null when
    /// the message carries no Composition.
    /// </summary>
    public static Bundle? Document(Bundle message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Entry.Select(e => e.Resource).OfType<Bundle>().FirstOrDefault(b => b.Type?.Value == "document") is { } document)
        {
            return document;
        }

        var focus = message.Entry.Select(e => e.Resource).OfType<MessageHeader>().FirstOrDefault()?.Focus.FirstOrDefault()?.ReferenceElement?.Value;
        var compositions = message.Entry.Where(e => e.Resource is Composition).ToList();
        var composition = compositions.FirstOrDefault(e => Names(e, focus)) ?? compositions.FirstOrDefault();
        if (composition is null)
        {
            return null;
        }

        return new Bundle
        {
            Type = new Code("document"),
            // The document outlives the message that carries it: the same discharge summary sent again in a new message
            // keeps its Composition identifier, so the referral built from it keeps its ids.
            Identifier = ((Composition)composition.Resource!).Identifier ?? message.Identifier,
            Timestamp = message.Timestamp,
            Entry = [composition, .. message.Entry.Where(e => e != composition && e.Resource is not MessageHeader)],
        };
    }

    // The header's focus names its Composition by full URL or by Type/id.
    private static bool Names(Bundle.EntryComponent entry, string? reference) =>
        reference is not null
        && (entry.FullUrl?.Value == reference || $"Composition/{entry.Resource!.Id?.Value}" == reference);
}
