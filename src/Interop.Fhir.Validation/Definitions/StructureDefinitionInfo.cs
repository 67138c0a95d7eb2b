namespace Interop.Fhir.Validation.Definitions;

/// <summary>
/// A StructureDefinition read into a version-neutral shape (R4 and STU3 definitions differ in a few element names and
/// types; the reader hides that). Elements are in definition order.
/// </summary>
public sealed record StructureDefinitionInfo
{
    /// <summary>The canonical URL.</summary>
    public required string Url { get; init; }

    /// <summary>The business version, if any.</summary>
    public string? Version { get; init; }

    /// <summary>The computer-friendly name.</summary>
    public required string Name { get; init; }

    /// <summary>The type constrained or defined (<c>Patient</c>, <c>Extension</c>, <c>string</c>).</summary>
    public required string Type { get; init; }

    /// <summary><c>primitive-type</c>, <c>complex-type</c>, <c>resource</c> or <c>logical</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Whether the definition is abstract.</summary>
    public bool Abstract { get; init; }

    /// <summary>The definition this one constrains or specializes; null for Base/Element/Resource roots.</summary>
    public string? BaseDefinition { get; init; }

    /// <summary><c>specialization</c> (a core type) or <c>constraint</c> (a profile); null for roots.</summary>
    public string? Derivation { get; init; }

    /// <summary>The FHIR version the definition is written for (<c>4.0.1</c>, <c>3.0.2</c>).</summary>
    public string? FhirVersion { get; init; }

    /// <summary>For extension definitions: the contexts where the extension may be used.</summary>
    public IReadOnlyList<ExtensionContextInfo> Contexts { get; init; } = [];

    /// <summary>FHIRPath invariants on the contexts of an extension definition.</summary>
    public IReadOnlyList<string> ContextInvariants { get; init; } = [];

    /// <summary>The snapshot's elements; empty when the definition ships a differential only (the snapshot generator fills it).</summary>
    public IReadOnlyList<ElementInfo> Snapshot { get; init; } = [];

    /// <summary>The differential's elements.</summary>
    public IReadOnlyList<ElementInfo> Differential { get; init; } = [];

    /// <summary>Whether this defines a profile (a constraint on another definition) rather than a core type.</summary>
    public bool IsConstraint => Derivation == "constraint";

    /// <inheritdoc />
    public override string ToString() => Version is null ? Url : $"{Url}|{Version}";
}
