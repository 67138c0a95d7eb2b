namespace Interop.Cli.Conformance.Validator;

/// <summary>What the engine said about one suite case, beside what the reference expects.</summary>
/// <param name="Case">The case.</param>
/// <param name="ErrorCount">How many errors the engine found (parser's and validator's); null when the case could not run.</param>
/// <param name="Errors">The engine's errors as <c>CODE@expression</c>, in order.</param>
/// <param name="Failure">Why the case could not run (a missing input, an exception); null when it ran.</param>
internal sealed record CaseOutcome(ValidatorTestCase Case, int? ErrorCount, IReadOnlyList<string> Errors, string? Failure = null)
{
    /// <summary>Whether the engine and the reference both call the resource valid, or both invalid.</summary>
    public bool Agrees => ErrorCount is { } count && (count == 0) == Case.Expected.IsValid;

    /// <summary>Whether the engine found exactly as many errors as the reference.</summary>
    public bool SameCount => ErrorCount == Case.Expected.ErrorCount;
}
