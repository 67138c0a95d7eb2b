namespace Interop.CodeGen;

/// <summary>A type to generate: a primitive, datatype, resource or backbone element.</summary>
internal sealed class GenType
{
    public required string FhirName { get; init; }
    public required string ClassName { get; init; }
    public required string Kind { get; init; }
    public string? BaseClass { get; init; }
    public string? BaseFhirName { get; init; }
    public bool IsAbstract { get; init; }
    public string? ValuePattern { get; init; }
    public string JsonKind { get; init; } = "String";
    public string? ValueClrType { get; init; }
    public string? Summary { get; init; }
    public List<GenProperty> Properties { get; } = [];
    public List<GenType> Nested { get; } = [];

    /// <summary>The C# name as seen from the namespace: <c>Bundle.EntryComponent</c> for nested types.</summary>
    public required string QualifiedName { get; init; }
}

/// <summary>An element of a generated type.</summary>
internal sealed record GenProperty(
    string Name,
    string PropertyName,
    int Min,
    int Max,
    bool IsChoice,
    bool InSummary,
    bool IsModifier,
    string Representation,
    bool IsSystemString,
    string Binding,
    string? ValueSet,
    IReadOnlyList<string> TypeNames,
    string ClrItemType,
    string? Summary);
