using System.Collections.Frozen;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>
/// Every function whose arguments are plain values. Functions whose arguments are evaluated per item or name a type
/// (<c>where</c>, <c>select</c>, <c>ofType</c>...) are compiled by the evaluator itself.
/// </summary>
internal static class FunctionTable
{
    private static readonly FrozenDictionary<string, FunctionDefinition> All = Build();

    /// <summary>Finds a function by name.</summary>
    public static FunctionDefinition? Find(string name) => All.GetValueOrDefault(name);

    private static FrozenDictionary<string, FunctionDefinition> Build()
    {
        var functions = new Dictionary<string, FunctionDefinition>(StringComparer.Ordinal);
        Add(functions, ExistenceFunctions.Definitions);
        Add(functions, StringFunctions.Definitions);
        Add(functions, MathFunctions.Definitions);
        return functions.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, FunctionDefinition> functions, FunctionDefinition[] section)
    {
        foreach (var definition in section)
        {
            functions.Add(definition.Name, definition);
        }
    }
}
