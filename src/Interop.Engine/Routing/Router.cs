using Interop.Engine.Destinations;
using Interop.Engine.Messages;
using Interop.Engine.Patients;
using Interop.Engine.Storage;
using Interop.Fhir;
using Interop.Fhir.FhirPath;

namespace Interop.Engine.Routing;

/// <summary>The route step's logic: every matching rule adds its destinations; any target that cannot be resolved fails the message.</summary>
internal sealed class Router(RoutingTableProvider rules, IDestinationDirectory destinations, IPatientDirectory patients, IMessageStore store)
{
    public async Task<RoutingDecision> RouteAsync(StoredMessage message, CancellationToken cancellationToken)
    {
        var matching = new List<RouteRule>();
        Base? bundle = null;
        foreach (var rule in rules.Table.Routes.Where(r => Matches(r.Match, message)))
        {
            if (rule.Match.Where is { } condition)
            {
                bundle ??= await ReadBundleAsync(message, cancellationToken);
                try
                {
                    if (!RouteConditions.IsTrue(condition, message.FhirVersion, bundle))
                    {
                        continue;
                    }
                }
                catch (FhirPathException e)
                {
                    return Fail(RouteIssue.ConditionFailed with { Display = $"The condition of route '{rule.Name}' could not be evaluated on this message ({e.Code})." });
                }
            }

            matching.Add(rule);
        }

        if (matching.Count == 0)
        {
            return Fail(RouteIssue.NoRoute);
        }

        var chosen = new List<RoutedDestination>();
        PatientDirectoryEntry? patient = null;
        foreach (var rule in matching)
        {
            foreach (var target in rule.To.Select(t => RouteTarget.Parse(t)!))
            {
                if (target.Kind is RouteTargetKind.RegisteredGp or RouteTargetKind.NominatedPharmacy && patient is null)
                {
                    if (message.Envelope.PatientNhsNumber is not { } nhsNumber)
                    {
                        return Fail(RouteIssue.NoNhsNumber);
                    }

                    patient = await patients.FindAsync(nhsNumber, cancellationToken);
                    if (patient is null)
                    {
                        return Fail(RouteIssue.UnknownPatient);
                    }
                }

                var (destination, reason, issue) = Resolve(target, message.Envelope, patient);
                if (issue is not null)
                {
                    return Fail(issue);
                }

                if (chosen.All(c => !string.Equals(c.DestinationId, destination!.Id, StringComparison.OrdinalIgnoreCase)))
                {
                    chosen.Add(new RoutedDestination(destination!.Id, rule.Name, reason!, rule.Map));
                }
            }
        }

        return new RoutingDecision(chosen, null);
    }

    private (Destination? Destination, string? Reason, RouteIssue? Issue) Resolve(RouteTarget target, MessageEnvelope envelope, PatientDirectoryEntry? patient)
    {
        switch (target.Kind)
        {
            case RouteTargetKind.RegisteredGp:
                return patient!.GpPracticeOds is { } gp
                    ? ByOds(gp, DestinationKind.GpSystem, $"registered GP practice {gp}")
                    : (null, null, RouteIssue.NoRegisteredGp);
            case RouteTargetKind.NominatedPharmacy:
                return patient!.NominatedPharmacyOds is { } pharmacy
                    ? ByOds(pharmacy, DestinationKind.PharmacySystem, $"nominated pharmacy {pharmacy}")
                    : (null, null, RouteIssue.NoNominatedPharmacy);
            case RouteTargetKind.Recipient:
                if (envelope.RecipientOds is not { } recipient)
                {
                    return (null, null, RouteIssue.NoRecipient);
                }

                var addressed = destinations.FindByOds(recipient).FirstOrDefault(d => d.Kind != DestinationKind.SenderMailbox);
                return addressed is null ? (null, null, RouteIssue.UnknownOrganisation) : (addressed, $"addressed recipient {recipient}", null);
            default:
                return (destinations.FindById(target.DestinationId!), "fixed destination", null);
        }
    }

    private (Destination?, string?, RouteIssue?) ByOds(string ods, DestinationKind kind, string reason) =>
        destinations.FindByOds(ods, kind) is { } destination ? (destination, reason, null) : (null, null, RouteIssue.UnknownOrganisation);

    private async Task<Base> ReadBundleAsync(StoredMessage message, CancellationToken cancellationToken)
    {
        var payload = await store.ReadPayloadAsync(message.Id, cancellationToken)
            ?? throw new InvalidDataException($"Stored message {message.Id} has no payload.");
        return MessagePayload.ParseStored(message, payload);
    }

    private static bool Matches(RouteMatch match, StoredMessage message) =>
        AnyOf(match.Events, message.Envelope.Event)
        && AnyOf(match.Senders, message.Envelope.SenderOds)
        && AnyOf(match.Recipients, message.Envelope.RecipientOds)
        && (match.FhirVersion is null || match.FhirVersion == message.FhirVersion);

    private static bool AnyOf(List<string> allowed, string? value) =>
        allowed.Count == 0 || (value is not null && allowed.Contains(value, StringComparer.OrdinalIgnoreCase));

    private static RoutingDecision Fail(RouteIssue issue) => new([], issue);
}
