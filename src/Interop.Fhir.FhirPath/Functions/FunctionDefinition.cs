namespace Interop.Fhir.FhirPath.Functions;

/// <summary>A function of the library: its name, how many arguments it takes, and its implementation.</summary>
internal sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, FunctionBody Body)
{
    /// <summary>What is known of the result, for strict checking.</summary>
    public ResultType Result { get; init; } = ResultType.Unknown;

    /// <summary>Whether the answer depends on the order of the input (<c>first()</c>, <c>skip()</c>): an error on unordered input in strict mode.</summary>
    public bool OrderDependent { get; init; }
}
