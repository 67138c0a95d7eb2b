namespace Interop.Engine.Alerts;

/// <summary>
/// The incidents: opens one when a rule first breaches for a subject, keeps it (updating its value) while the breach
/// lasts, resolves it when the breach clears, and queues one firing and one resolved notification per incident until sent.
/// </summary>
internal sealed class AlertBoard(bool notify)
{
    /// <summary>Resolved incidents kept for the console.</summary>
    public const int RecentLimit = 50;

    /// <summary>Notifications kept while the webhook fails; the oldest go first beyond this.</summary>
    public const int OutboxLimit = 1000;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Rule, string Subject), Alert> _active = [];
    private readonly LinkedList<Alert> _recent = new();
    private readonly LinkedList<AlertNotification> _outbox = new();

    /// <summary>Takes one evaluation of <paramref name="rule"/>: the subjects that breach now.</summary>
    public void Apply(AlertRule rule, IReadOnlyList<AlertReading> breaches, DateTimeOffset now)
    {
        lock (_gate)
        {
            foreach (var breach in breaches)
            {
                var key = (rule.Name, breach.Subject);
                if (_active.TryGetValue(key, out var alert))
                {
                    _active[key] = alert with { Value = breach.Value, Summary = breach.Summary };
                    continue;
                }

                alert = new Alert(Guid.CreateVersion7(now).ToString(), rule.Name, rule.Kind, now, breach.Value, rule.ReportedThreshold, breach.Summary);
                _active.Add(key, alert);
                Queue(new AlertNotification(AlertStatus.Firing, alert));
            }

            var cleared = _active.Where(a => a.Key.Rule == rule.Name && !breaches.Any(b => b.Subject == a.Key.Subject)).ToList();
            foreach (var (key, alert) in cleared)
            {
                _active.Remove(key);
                var resolved = alert with { ResolvedAt = now };
                _recent.AddFirst(resolved);
                if (_recent.Count > RecentLimit)
                {
                    _recent.RemoveLast();
                }

                Queue(new AlertNotification(AlertStatus.Resolved, resolved));
            }
        }
    }

    /// <summary>The incidents firing now and those resolved lately.</summary>
    public AlertsSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new AlertsSnapshot([.. _active.Values.OrderBy(a => a.Since).ThenBy(a => a.Id, StringComparer.Ordinal)], [.. _recent]);
        }
    }

    /// <summary>The notifications not yet sent, oldest first: an incident's firing always comes before its recovery.</summary>
    public IReadOnlyList<AlertNotification> Pending()
    {
        lock (_gate)
        {
            return [.. _outbox];
        }
    }

    /// <summary>Forgets a notification the webhook took.</summary>
    public void Sent(AlertNotification notification)
    {
        lock (_gate)
        {
            _outbox.Remove(notification);
        }
    }

    private void Queue(AlertNotification notification)
    {
        if (!notify)
        {
            return;
        }

        _outbox.AddLast(notification);
        if (_outbox.Count > OutboxLimit)
        {
            _outbox.RemoveFirst();
        }
    }
}
