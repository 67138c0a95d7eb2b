using Interop.Engine.Destinations;
using Interop.Engine.Queues;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Alerts;

/// <summary>Refuses to start with an alert rule that could not be evaluated as written, naming the rule and the field.</summary>
internal sealed class AlertOptionsValidator(IDestinationDirectory destinations) : IValidateOptions<AlertOptions>
{
    private const string Section = AlertOptions.SectionName;

    /// <summary>The shortest evaluation interval.</summary>
    public static readonly TimeSpan MinEvaluateEvery = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest window: how long counts are kept.</summary>
    public static readonly TimeSpan MaxWindow = AlertCounters.Retention;

    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Webhook is not null && !IsHttpUrl(options.Webhook))
        {
            failures.Add($"{Section}:Webhook must be an absolute http or https URL, or left out.");
        }

        if (options.EvaluateEvery < MinEvaluateEvery || options.EvaluateEvery > TimeSpan.FromHours(1))
        {
            failures.Add($"{Section}:EvaluateEvery must be between {MinEvaluateEvery} and 01:00:00.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            var label = $"{Section}:Rules:{i}" + (string.IsNullOrWhiteSpace(rule.Name) ? "" : $" ('{rule.Name}')");
            if (!IsValidName(rule.Name))
            {
                failures.Add($"{label}: Name is required: letters, digits, '-', '_' or '.'.");
            }
            else if (!names.Add(rule.Name!.Trim()))
            {
                failures.Add($"{label}: Name is used by an earlier rule; names must be unique.");
            }

            if (!AlertKindNames.TryParse(rule.Kind, out var kind))
            {
                failures.Add($"{label}: Kind must be one of {AlertKindNames.All}.");
                continue;
            }

            failures.AddRange(ValidateFields(rule, kind).Select(failure => $"{label}: {failure}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> ValidateFields(AlertRuleOptions rule, AlertKind kind)
    {
        var kindName = AlertKindNames.Name(kind);
        var counts = kind is AlertKind.DeadLetters or AlertKind.RejectionRate;
        if (counts && rule.Window is null)
        {
            yield return $"Window is required for kind '{kindName}' (how far back events are counted, hh:mm:ss).";
        }
        else if (counts && (rule.Window < TimeSpan.FromSeconds(1) || rule.Window > MaxWindow))
        {
            yield return $"Window must be between 00:00:01 and {MaxWindow}.";
        }

        if (counts && rule.Threshold is null)
        {
            yield return $"Threshold is required for kind '{kindName}'.";
        }

        if (kind == AlertKind.DeadLetters && rule.Threshold is { } count && (count < 0 || count != Math.Floor(count)))
        {
            yield return "Threshold must be a whole number of dead letters, 0 or more (the alert fires above it).";
        }

        if (kind == AlertKind.RejectionRate && rule.Threshold is { } percent && (percent < 0 || percent >= 100))
        {
            yield return "Threshold must be a percentage from 0 up to, not including, 100 (the alert fires above it).";
        }

        if (rule.MinMessages is { } min && (kind != AlertKind.RejectionRate || min < 1))
        {
            yield return kind == AlertKind.RejectionRate ? "MinMessages must be at least 1." : $"MinMessages does not apply to kind '{kindName}'.";
        }

        foreach (var failure in ValidateScope(rule, kind, kindName, counts))
        {
            yield return failure;
        }
    }

    private IEnumerable<string> ValidateScope(AlertRuleOptions rule, AlertKind kind, string kindName, bool counts)
    {
        if (!counts && rule.For is null)
        {
            yield return $"For is required for kind '{kindName}' (hh:mm:ss).";
        }
        else if (!counts && rule.For <= TimeSpan.Zero)
        {
            yield return "For must be greater than 0.";
        }

        if (counts && rule.For is not null)
        {
            yield return $"For does not apply to kind '{kindName}'; use Window.";
        }

        if (!counts && (rule.Window is not null || rule.Threshold is not null))
        {
            yield return $"Window and Threshold do not apply to kind '{kindName}'; use For.";
        }

        if (rule.Queue is { } queue && (kind != AlertKind.QueueAge || !QueueNames.All.Contains(queue.Trim(), StringComparer.Ordinal)))
        {
            yield return kind == AlertKind.QueueAge ? $"Queue must be one of {string.Join(", ", QueueNames.All)}." : $"Queue does not apply to kind '{kindName}'.";
        }

        var destinationApplies = kind is AlertKind.DeadLetters or AlertKind.BreakerOpen;
        if (rule.Destination is { } destination && (!destinationApplies || destinations.FindById(destination.Trim()) is null))
        {
            yield return destinationApplies ? $"Destination '{destination}' is not in the destination directory." : $"Destination does not apply to kind '{kindName}'.";
        }
    }

    private static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
