using Interop.Cli.Conformance;

namespace Interop.Cli.Tests.Conformance;

public sealed class Stu3JsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(ConformanceCases.Groups), SuiteNames.Stu3Json, MemberType = typeof(ConformanceCases))]
    public void RoundTrip_Stu3ExampleJson_ReproducesInput(string group)
    {
        var failures = ConformanceCases.Failures(SuiteNames.Stu3Json, group);

        // Assert.True prints the whole list; the collection assertions would cut it short.
        Assert.True(failures.Count == 0, $"{failures.Count} files did not round-trip unchanged:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
