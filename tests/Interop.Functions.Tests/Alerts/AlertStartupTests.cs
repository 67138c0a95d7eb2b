using Interop.Engine.Alerts;
using Interop.Engine.Destinations;
using Interop.Engine.Local;
using Interop.Functions.Alerts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Tests.Alerts;

public sealed class AlertStartupTests
{
    [Fact]
    public void Validate_RuleWithoutItsWindow_FailsStartupNamingRuleAndField()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Interop:Destinations:0:Id"] = "gp-a81001",
            ["Interop:Destinations:0:Url"] = "http://127.0.0.1:9/gp",
            ["Interop:Alerts:Rules:0:Name"] = "dead-letters",
            ["Interop:Alerts:Rules:0:Kind"] = "dead-letters",
            ["Interop:Alerts:Rules:0:Threshold"] = "5",
        });

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle()
            .Which.Should().StartWith("Interop:Alerts:Rules:0 ('dead-letters'): Window is required for kind 'dead-letters'");
    }

    [Fact]
    public void Validate_SampleConfiguration_ItsExampleRulesAreValidAndSwitchedOff()
    {
        var sample = Path.Combine(RepositoryRoot.Find()!, "fixtures", "config", "interop.sample.json");
        using var services = Services(new ConfigurationBuilder().AddJsonFile(sample).Build());

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().NotThrow();
        var options = services.GetRequiredService<IOptions<AlertOptions>>().Value;
        options.Enabled.Should().BeFalse("the sample shows rules without posting to a webhook nobody runs");
        options.Rules.Select(r => r.Kind).Should().BeEquivalentTo("dead-letters", "breaker-open", "queue-age", "rejection-rate");
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        Services(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static ServiceProvider Services(IConfiguration configuration) =>
        new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging()
            .AddDestinations(configuration)
            .AddInteropAlerts()
            .BuildServiceProvider();
}
