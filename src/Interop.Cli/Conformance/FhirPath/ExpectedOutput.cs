namespace Interop.Cli.Conformance.FhirPath;

/// <summary>One expected result item of a suite test.</summary>
/// <param name="Type">The item's type as the suite names it (<c>boolean</c>, <c>code</c>, <c>date</c>...), or null when not stated.</param>
/// <param name="Value">The item's value as the suite writes it (<c>@1974-12-25</c>, <c>1 '1'</c>).</param>
internal sealed record ExpectedOutput(string? Type, string Value)
{
    /// <inheritdoc />
    public override string ToString() => Type is null ? Value : $"{Type} {Value}";
}
