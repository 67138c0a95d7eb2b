using Interop.Fhir.FhirPath.Evaluation;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>A function of the library: its name, how many arguments it takes, and its implementation.</summary>
internal sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, FunctionBody Body)
{
    /// <summary>What is known of the result, for strict checking.</summary>
    public ResultType Result { get; init; } = ResultType.Unknown;

    /// <summary>Whether the answer depends on the order of the input (<c>first()</c>, <c>skip()</c>): an error on unordered input in strict mode.</summary>
    public bool OrderDependent { get; init; }

    /// <summary>The System type every input item must have (String for the string functions); null when the function takes several.</summary>
    public SystemType? Input { get; init; }

    /// <summary>
    /// Rejects, in any mode, an input that can never be of type <see cref="Input"/>: a System value of another type, or
    /// elements none of whose possible types is a primitive (<c>Appointment.identifier.startsWith('x')</c>).
    /// </summary>
    public void CheckInput(StaticType focus, int position)
    {
        if (Input is not { } expected)
        {
            return;
        }

        var impossible = focus.System is { } system
            ? system != expected
            : focus.Types is { } types && !Array.Exists(types, static t => t.Kind == ClassKind.Primitive);
        if (impossible)
        {
            throw new FhirPathException(FhirPathErrorCodes.WrongArgumentType, $"{Name}() applies to a {expected}, not to this input.", position);
        }
    }
}
