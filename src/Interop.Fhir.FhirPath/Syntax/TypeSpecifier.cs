namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>A type name as written: <c>Quantity</c>, <c>FHIR.Patient</c>, <c>System.String</c>; <see cref="Namespace"/> null when unqualified.</summary>
public sealed record TypeSpecifier(string? Namespace, string Name)
{
    /// <inheritdoc />
    public override string ToString() => Namespace is null ? Name : $"{Namespace}.{Name}";
}
