using Interop.Engine.Alerts;
using Interop.Engine.Destinations;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Tests.Alerts;

public sealed class AlertOptionsValidatorTests
{
    private readonly AlertOptionsValidator _validator = new(new DestinationDirectory(Options.Create(new DestinationDirectoryOptions
    {
        Destinations = [new DestinationOptions { Id = "gp-a81001", Kind = "gp-system", OdsCodes = ["A81001"], Url = "http://127.0.0.1:9/gp" }],
    })));

    [Fact]
    public void Validate_Defaults_SucceedWithDocumentedValues()
    {
        var options = new AlertOptions();

        _validator.Validate(null, options).Succeeded.Should().BeTrue();
        options.Enabled.Should().BeTrue();
        options.EvaluateEvery.Should().Be(TimeSpan.FromSeconds(30));
        options.Webhook.Should().BeNull();
        options.Rules.Should().BeEmpty();
    }

    [Fact]
    public void Validate_OneRuleOfEachKind_Succeeds()
    {
        var options = new AlertOptions
        {
            Webhook = "https://alerts.example.nhs.uk/hooks/interop",
            Rules =
            [
                new() { Name = "dead-letters", Kind = "dead-letters", Threshold = 5, Window = TimeSpan.FromMinutes(15), Destination = "GP-A81001" },
                new() { Name = "gp-down", Kind = "Breaker-Open", For = TimeSpan.FromMinutes(5) },
                new() { Name = "deliver-stuck", Kind = "queue-age", For = TimeSpan.FromMinutes(10), Queue = "deliver-poison" },
                new() { Name = "rejections", Kind = "rejection-rate", Threshold = 20, Window = TimeSpan.FromHours(1), MinMessages = 20 },
            ],
        };

        _validator.Validate(null, options).Failures.Should().BeNullOrEmpty();
    }

    [Theory]
    [InlineData(null, "dead-letters", 1.0, 60, null, null, null, null, "Name is required")]
    [InlineData("a b", "dead-letters", 1.0, 60, null, null, null, null, "Name is required")]
    [InlineData("r", "dead-letter", 1.0, 60, null, null, null, null, "Kind must be one of dead-letters, breaker-open, queue-age, rejection-rate")]
    [InlineData("r", "dead-letters", 1.0, null, null, null, null, null, "Window is required")]
    [InlineData("r", "dead-letters", 1.0, 0, null, null, null, null, "Window must be between")]
    [InlineData("r", "dead-letters", 1.0, 90000, null, null, null, null, "Window must be between")]
    [InlineData("r", "dead-letters", null, 60, null, null, null, null, "Threshold is required")]
    [InlineData("r", "dead-letters", -1.0, 60, null, null, null, null, "Threshold must be a whole number")]
    [InlineData("r", "dead-letters", 1.5, 60, null, null, null, null, "Threshold must be a whole number")]
    [InlineData("r", "dead-letters", 1.0, 60, 60, null, null, null, "For does not apply")]
    [InlineData("r", "dead-letters", 1.0, 60, null, "deliver", null, null, "Queue does not apply")]
    [InlineData("r", "dead-letters", 1.0, 60, null, null, "gp-elsewhere", null, "Destination 'gp-elsewhere' is not in the destination directory")]
    [InlineData("r", "dead-letters", 1.0, 60, null, null, null, 5, "MinMessages does not apply")]
    [InlineData("r", "rejection-rate", 100.0, 60, null, null, null, null, "Threshold must be a percentage")]
    [InlineData("r", "rejection-rate", 10.0, 60, null, null, null, 0, "MinMessages must be at least 1")]
    [InlineData("r", "rejection-rate", 10.0, 60, null, null, "gp-a81001", null, "Destination does not apply")]
    [InlineData("r", "breaker-open", null, null, null, null, null, null, "For is required")]
    [InlineData("r", "breaker-open", null, null, 0, null, null, null, "For must be greater than 0")]
    [InlineData("r", "breaker-open", 3.0, null, 60, null, null, null, "Window and Threshold do not apply")]
    [InlineData("r", "queue-age", null, null, 60, "outbox", null, null, "Queue must be one of validate, validate-poison, route")]
    public void Validate_BadRule_FailsNamingTheRuleAndField(string? name, string kind, double? threshold, int? windowSeconds, int? forSeconds, string? queue, string? destination, int? minMessages, string expected)
    {
        var rule = new AlertRuleOptions
        {
            Name = name,
            Kind = kind,
            Threshold = threshold,
            Window = windowSeconds is { } w ? TimeSpan.FromSeconds(w) : null,
            For = forSeconds is { } f ? TimeSpan.FromSeconds(f) : null,
            Queue = queue,
            Destination = destination,
            MinMessages = minMessages,
        };

        var result = _validator.Validate(null, new AlertOptions { Rules = [rule] });

        result.Failures.Should().ContainSingle().Which.Should().StartWith("Interop:Alerts:Rules:0").And.Contain(expected);
    }

    [Fact]
    public void Validate_SameNameTwice_FailsOnTheSecond()
    {
        var rule = new AlertRuleOptions { Name = "gp-down", Kind = "breaker-open", For = TimeSpan.FromMinutes(1) };
        var again = new AlertRuleOptions { Name = "GP-DOWN", Kind = "breaker-open", For = TimeSpan.FromMinutes(2) };

        var result = _validator.Validate(null, new AlertOptions { Rules = [rule, again] });

        result.Failures.Should().ContainSingle().Which.Should().Be("Interop:Alerts:Rules:1 ('GP-DOWN'): Name is used by an earlier rule; names must be unique.");
    }

    [Theory]
    [InlineData("alerts.example.nhs.uk/hook", 30000, "Interop:Alerts:Webhook")]
    [InlineData("ftp://alerts.example.nhs.uk/hook", 30000, "Interop:Alerts:Webhook")]
    [InlineData(null, 50, "Interop:Alerts:EvaluateEvery")]
    [InlineData(null, 7200000, "Interop:Alerts:EvaluateEvery")]
    public void Validate_BadWebhookOrInterval_FailsNamingIt(string? webhook, int evaluateEveryMs, string named)
    {
        var options = new AlertOptions { Webhook = webhook, EvaluateEvery = TimeSpan.FromMilliseconds(evaluateEveryMs) };

        _validator.Validate(null, options).Failures.Should().ContainSingle().Which.Should().StartWith(named);
    }
}
