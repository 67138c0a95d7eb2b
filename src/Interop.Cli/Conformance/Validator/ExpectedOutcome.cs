namespace Interop.Cli.Conformance.Validator;

/// <summary>What a validator the suite records said about a case: how many errors, and the first line of each.</summary>
/// <param name="ErrorCount">How many issues were errors or fatal.</param>
/// <param name="Errors">The first line of each error's message, in order (empty when the suite gives only the count).</param>
internal sealed record ExpectedOutcome(int ErrorCount, IReadOnlyList<string> Errors)
{
    /// <summary>Whether the validator called the resource valid.</summary>
    public bool IsValid => ErrorCount == 0;
}
