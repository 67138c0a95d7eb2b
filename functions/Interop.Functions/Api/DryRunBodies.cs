using System.Text;
using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Privacy;
using Interop.Engine.Replay;

namespace Interop.Functions.Api;

/// <summary>A dry run's output bodies for people: read as the destination's FHIR version and format, pretty-printed, masked unless revealed.</summary>
internal static class DryRunBodies
{
    /// <summary>The body of <paramref name="output"/> for <paramref name="destination"/>; null when nothing was built.</summary>
    public static ReadablePayload? Readable(ReplayOutput output, Destination destination, bool reveal)
    {
        if (output is not { Body: { } body, ContentType: { } contentType })
        {
            return null;
        }

        var version = destination.FhirVersion == DestinationFhirVersion.R4 ? FhirVersions.R4 : FhirVersions.Stu3;
        return ReadablePayload.Render(version, contentType, Encoding.UTF8.GetBytes(body), reveal);
    }

    /// <summary><paramref name="plan"/> with every output body made <see cref="Readable"/>.</summary>
    public static ReplayPlan Readable(ReplayPlan plan, IDestinationDirectory destinations, bool reveal) => plan with
    {
        Destinations = [.. plan.Destinations.Select(target =>
            target.Output is { } output && destinations.FindById(target.DestinationId) is { } destination
                ? target with { Output = output with { Body = Readable(output, destination, reveal)?.Body } }
                : target)],
    };
}
