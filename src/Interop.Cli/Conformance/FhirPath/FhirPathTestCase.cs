using Interop.Fhir.FhirPath;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>One test of the official FHIRPath suite, as its XML states it.</summary>
/// <param name="Id">The test's name, made unique within the suite (a repeated name gets <c>#2</c>, <c>#3</c>...).</param>
/// <param name="Group">The name of the group the test is in.</param>
/// <param name="Expression">The expression text, exactly as written.</param>
/// <param name="InputFile">The input resource's file name beside the suite's folder, or null when the test has no input.</param>
/// <param name="Strict">Whether the test runs in strict mode (<c>mode="strict"</c> on the test or its expression).</param>
/// <param name="CheckOrderedFunctions">Whether order-dependent functions on unordered collections are errors.</param>
/// <param name="Predicate">Whether the result is reduced to one boolean before it is compared.</param>
/// <param name="Ordered">Whether the outputs must come in the order written.</param>
/// <param name="Invalid">The kind of error the expression must raise, or null when it must evaluate.</param>
/// <param name="Outputs">The expected result items, in order; none means an empty result.</param>
internal sealed record FhirPathTestCase(
    string Id,
    string Group,
    string Expression,
    string? InputFile,
    bool Strict,
    bool CheckOrderedFunctions,
    bool Predicate,
    bool Ordered,
    FhirPathErrorKind? Invalid,
    IReadOnlyList<ExpectedOutput> Outputs);
