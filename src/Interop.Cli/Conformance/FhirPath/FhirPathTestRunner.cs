using Interop.Fhir;
using Interop.Fhir.FhirPath;

namespace Interop.Cli.Conformance.FhirPath;

/// <summary>Runs suite tests: compiles each expression with the test's options, evaluates it over its input and checks the outcome.</summary>
internal sealed class FhirPathTestRunner(FhirPathCompiler compiler, FhirPathInputs inputs)
{
    /// <summary>Runs <paramref name="test"/>, or skips it when it is on the skip list.</summary>
    public TestOutcome Run(FhirPathTestCase test)
    {
        if (SkipList.Reasons.TryGetValue(test.Id, out var skipReason))
        {
            return new TestOutcome(test, TestStatus.Skipped, skipReason);
        }

        try
        {
            return Check(test);
        }
        catch (Exception exception) when (exception is not (FhirPathException or OutOfMemoryException))
        {
            // An engine bug on one test (or an input that does not parse) fails that test; the others still run.
            return Failed(test, $"exception {exception.GetType().Name}", $"{exception.Message} {exception.StackTrace?.Split('\n', 2)[0].Trim()}");
        }
    }

    /// <summary>Evaluates <paramref name="test"/>'s expression over its input with the test's options.</summary>
    public IReadOnlyList<object> Evaluate(FhirPathTestCase test)
    {
        var focus = test.InputFile is null ? null : inputs.Get(test.InputFile);
        return Compile(test, focus).Evaluate(focus);
    }

    /// <summary>Compiles <paramref name="test"/>'s expression with the options the test asks for over <paramref name="focus"/>.</summary>
    public CompiledExpression Compile(FhirPathTestCase test, Base? focus) => compiler.Compile(test.Expression, new FhirPathCompileOptions
    {
        Strict = test.Strict,
        ContextType = test.Strict ? focus?.ClassMapping.Name : null,
        CheckOrderedFunctions = test.CheckOrderedFunctions,
    });

    private TestOutcome Check(FhirPathTestCase test)
    {
        IReadOnlyList<object> result;
        try
        {
            result = Evaluate(test);
        }
        catch (FhirPathException exception)
        {
            return exception.Kind == test.Invalid
                ? new TestOutcome(test, TestStatus.Passed)
                : Failed(test, $"expected {Expected(test)}, got error {exception.Code} ({exception.Kind})", exception.Message);
        }

        var actual = Describe(test, result);
        if (test.Invalid is not null || !OutputComparer.Matches(test.Outputs, actual, test.Ordered))
        {
            return Failed(test, $"expected {Expected(test)}, got [{string.Join(", ", actual)}]");
        }

        return new TestOutcome(test, TestStatus.Passed);
    }

    // A predicate test states the result as one boolean: false for empty, a single boolean as it is, true for anything else.
    private static List<ActualItem> Describe(FhirPathTestCase test, IReadOnlyList<object> result) =>
        test.Predicate
            ? [ActualItem.Of(result.Count switch { 0 => false, 1 => IsTrue(result[0]), _ => true })]
            : [.. result.Select(ActualItem.Of)];

    private static bool IsTrue(object item) => item switch
    {
        bool value => value,
        IPrimitive primitive when ((Base)item).ClassMapping.Name == "boolean" => primitive.RawValue != "false",
        _ => true,
    };

    private static string Expected(FhirPathTestCase test) =>
        test.Invalid is { } kind ? $"a {kind.ToString().ToLowerInvariant()} error" : $"[{string.Join(", ", test.Outputs)}]";

    private static TestOutcome Failed(FhirPathTestCase test, string reason, string? detail = null) =>
        new(test, TestStatus.Failed, reason, detail);
}
