using Interop.Cli.Conformance;

namespace Interop.Cli.Tests.Conformance;

public sealed class R4JsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(ConformanceCases.Groups), SuiteNames.R4Json, MemberType = typeof(ConformanceCases))]
    public void RoundTrip_R4ExampleJson_ReproducesInput(string group)
    {
        var failures = ConformanceCases.Failures(SuiteNames.R4Json, group);

        // Assert.True prints the whole list; the collection assertions would cut it short.
        Assert.True(failures.Count == 0, $"{failures.Count} files did not round-trip unchanged:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
