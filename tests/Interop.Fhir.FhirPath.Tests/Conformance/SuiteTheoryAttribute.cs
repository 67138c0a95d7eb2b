using Xunit.Sdk;

namespace Interop.Fhir.FhirPath.Tests.Conformance;

/// <summary>A theory over suite test ids whose rows on the FHIRPath skip list are reported as skipped, each with its reason.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Interop.Fhir.FhirPath.Tests.Conformance.SuiteTheoryDiscoverer", "Interop.Fhir.FhirPath.Tests")]
public sealed class SuiteTheoryAttribute : TheoryAttribute;
