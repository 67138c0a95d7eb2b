using Interop.Fhir;
using R4 = Interop.Fhir.R4;
using Stu3 = Interop.Fhir.Stu3;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>Whole-resource rules, run after a resource's elements are copied: what R4 keeps in another place than STU3 did.</summary>
internal static class ResourceRules
{
    /// <summary>Applies the rules of the resource's type, if it has any.</summary>
    public static void Apply(Base source, Base target)
    {
        if (source is Stu3.Bundle bundle && target is R4.Bundle r4Bundle)
        {
            var instant = R4.FhirModel.Instance.FindClass("instant")!;
            if (BundleTimestamps(bundle).FirstOrDefault(time => time is not null && instant.IsValidValue(time)) is { } time)
            {
                r4Bundle.Timestamp ??= new R4.Instant(time);
            }
        }
    }

    /// <summary>
    /// R4 keeps a message's time on the Bundle (STU3 MessageHeader.timestamp is gone) and requires a document Bundle to
    /// have one (bdl-10); a document's time is its Composition's date, or — when that is a date without a time, as in the
    /// Update Record examples — the time the document Bundle was last updated, i.e. assembled.
    /// </summary>
    private static IEnumerable<string?> BundleTimestamps(Stu3.Bundle bundle) => bundle.Type?.Value switch
    {
        "message" => [bundle.Entry.Select(e => e.Resource).OfType<Stu3.MessageHeader>().FirstOrDefault()?.Timestamp?.RawValue],
        "document" => [bundle.Entry.Select(e => e.Resource).OfType<Stu3.Composition>().FirstOrDefault()?.Date?.RawValue, bundle.Meta?.LastUpdated?.RawValue],
        _ => [],
    };
}
