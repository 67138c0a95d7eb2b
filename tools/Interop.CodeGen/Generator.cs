namespace Interop.CodeGen;

/// <summary>Generates the C# model of one FHIR package.</summary>
public static class Generator
{
    /// <summary>Returns the generated files (name → text) for the package in <paramref name="packageFolder"/>.</summary>
    public static IReadOnlyDictionary<string, string> Generate(string packageFolder, string ns)
    {
        var package = FhirPackage.Load(packageFolder);
        return CSharpEmitter.Emit(ModelBuilder.Build(package), ns, package.Id, package.FhirVersion);
    }
}
