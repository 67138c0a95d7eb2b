using Interop.Cli.Conformance;

namespace Interop.Cli.Tests.Conformance;

public sealed class NhsXmlRoundTripTests
{
    [SharedFolderTheory]
    [MemberData(nameof(ConformanceCases.Groups), SuiteNames.NhsXml, MemberType = typeof(ConformanceCases))]
    public void RoundTrip_SharedXml_ReproducesInputBothWays(string group)
    {
        var failures = ConformanceCases.Failures(SuiteNames.NhsXml, group);

        // Assert.True prints the whole list; the collection assertions would cut it short.
        Assert.True(failures.Count == 0, $"{failures.Count} files did not round-trip unchanged:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
