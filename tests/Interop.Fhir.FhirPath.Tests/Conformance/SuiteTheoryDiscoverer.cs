using Interop.Cli.Conformance.FhirPath;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Interop.Fhir.FhirPath.Tests.Conformance;

/// <summary>Discovers <see cref="SuiteTheoryAttribute"/> rows: a row whose test id is on the skip list becomes a skipped case with the list's reason.</summary>
public sealed class SuiteTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    /// <inheritdoc />
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        dataRow is [string id, ..] && SkipList.Reasons.TryGetValue(id, out var reason)
            ? CreateTestCasesForSkippedDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, reason)
            : base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow);
}
