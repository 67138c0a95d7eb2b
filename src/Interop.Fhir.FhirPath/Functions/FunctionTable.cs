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
        FunctionDefinition[][] sections =
        [
            ExistenceFunctions.Definitions,
            SubsettingFunctions.Definitions,
            CombiningFunctions.Definitions,
            TreeFunctions.Definitions,
            UtilityFunctions.Definitions,
            FhirFunctions.Definitions,
            StringFunctions.Definitions,
            MathFunctions.Definitions,
            ConversionFunctions.Definitions,
            BoundaryFunctions.Definitions,
        ];
        foreach (var section in sections)
        {
            foreach (var definition in section)
            {
                functions.Add(definition.Name, definition);
            }
        }

        return functions.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
