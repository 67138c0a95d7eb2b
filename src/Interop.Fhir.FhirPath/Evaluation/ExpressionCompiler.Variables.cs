using Interop.Fhir.FhirPath.Syntax;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Compiles <c>%</c> environment variables: the built-in ones and the caller's.</summary>
internal sealed partial class ExpressionCompiler
{
    private const string ValueSetPrefix = "vs-";
    private const string ExtensionPrefix = "ext-";

    private Compiled CompileEnvironmentVariable(EnvironmentVariableNode node)
    {
        switch (node.Name)
        {
            case "context":
                return new Compiled(static (scope, _) => scope.Input, _thisType);
            case "resource":
                return new Compiled(static (scope, _) => scope.Environment.Resource is { } r ? Collection.Of(r) : scope.Input, StaticType.Unknown);
            case "rootResource":
                return new Compiled(
                    static (scope, _) => (scope.Environment.RootResource ?? scope.Environment.Resource) is { } r ? Collection.Of(r) : scope.Input,
                    StaticType.Unknown);
        }

        if (BuiltInText(node.Name) is { } text)
        {
            var constant = Collection.Of(text);
            return new Compiled((_, _) => constant, StaticType.Of(SystemType.String));
        }

        var name = node.Name;
        return new Compiled(
            (scope, _) => scope.Defined(name)
                ?? scope.Environment.Variables.GetValueOrDefault(name)
                ?? throw new FhirPathException(FhirPathErrorCodes.UnknownVariable, $"The variable %{name} is not defined.", node.Position),
            StaticType.Unknown);
    }

    private static string? BuiltInText(string name) => name switch
    {
        "ucum" => "http://unitsofmeasure.org",
        "sct" => "http://snomed.info/sct",
        "loinc" => "http://loinc.org",
        _ when name.StartsWith(ValueSetPrefix, StringComparison.Ordinal) => "http://hl7.org/fhir/ValueSet/" + name[ValueSetPrefix.Length..],
        _ when name.StartsWith(ExtensionPrefix, StringComparison.Ordinal) => "http://hl7.org/fhir/StructureDefinition/" + name[ExtensionPrefix.Length..],
        _ => null,
    };
}
