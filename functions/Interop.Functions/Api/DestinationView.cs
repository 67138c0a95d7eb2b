using Interop.Engine.Delivery;
using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Storage;

namespace Interop.Functions.Api;

/// <summary>A destination as <c>GET /api/destinations</c> shows it: its configuration, its circuit and what it did in the window.</summary>
internal sealed record DestinationView(
    string Id,
    DestinationKind Kind,
    string Url,
    string FhirVersion,
    DestinationFormat Format,
    DestinationCircuitState Circuit,
    int Pending,
    int Delivered,
    int DeadLettered,
    int Attempts,
    int FailedAttempts,
    double? SuccessRate,
    double? LatencyP50Ms,
    double? LatencyP95Ms)
{
    /// <summary>The view of <paramref name="destination"/> with its activity (none when it did nothing in the window).</summary>
    public static DestinationView From(Destination destination, DestinationCircuitState circuit, DestinationActivity? activity)
    {
        var a = activity ?? new DestinationActivity(destination.Id, 0, 0, 0, 0, 0, null, null);
        return new DestinationView(
            destination.Id,
            destination.Kind,
            destination.Url.AbsoluteUri,
            destination.FhirVersion == DestinationFhirVersion.R4 ? FhirVersions.R4 : FhirVersions.Stu3,
            destination.Format,
            circuit,
            a.Pending,
            a.Delivered,
            a.DeadLettered,
            a.Attempts,
            a.FailedAttempts,
            a.Attempts == 0 ? null : (double)(a.Attempts - a.FailedAttempts) / a.Attempts,
            a.LatencyP50Ms,
            a.LatencyP95Ms);
    }
}
