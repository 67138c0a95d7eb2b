using Interop.Fhir;

namespace Interop.Fhir.Validation.Definitions;

/// <summary>One ElementDefinition, version-neutral.</summary>
public sealed record ElementInfo
{
    /// <summary>The element id (<c>Patient.identifier:nhsNumber.system</c>); in STU3 definitions without ids, built from path and slice names.</summary>
    public required string Id { get; init; }

    /// <summary>The path (<c>Patient.identifier.system</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The slice name when this element starts a slice.</summary>
    public string? SliceName { get; init; }

    /// <summary>Minimum cardinality; null when the differential does not say.</summary>
    public int? Min { get; init; }

    /// <summary>Maximum cardinality (<see cref="int.MaxValue"/> for <c>*</c>); null when the differential does not say.</summary>
    public int? Max { get; init; }

    /// <summary>The allowed types; empty when not constrained here.</summary>
    public IReadOnlyList<TypeRefInfo> Types { get; init; } = [];

    /// <summary><c>fixed[x]</c>: the value must be exactly this (as a model element of the definition's FHIR version).</summary>
    public Base? Fixed { get; init; }

    /// <summary><c>pattern[x]</c>: the value must contain at least this.</summary>
    public Base? Pattern { get; init; }

    /// <summary>The terminology binding.</summary>
    public BindingInfo? Binding { get; init; }

    /// <summary>FHIRPath invariants on this element.</summary>
    public IReadOnlyList<ConstraintInfo> Constraints { get; init; } = [];

    /// <summary>How the element is sliced, when it is.</summary>
    public SlicingInfo? Slicing { get; init; }

    /// <summary>For an element defined by reference to another (<c>#Questionnaire.item</c>), that element's id.</summary>
    public string? ContentReference { get; init; }

    /// <summary>The maximum length of a string value.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The least value allowed (<c>minValue[x]</c>: a number, date, time or Quantity).</summary>
    public Base? MinValue { get; init; }

    /// <summary>The greatest value allowed (<c>maxValue[x]</c>).</summary>
    public Base? MaxValue { get; init; }

    /// <summary>Whether the element is a modifier.</summary>
    public bool IsModifier { get; init; }

    /// <summary>Whether the element must be supported (informational for validation).</summary>
    public bool MustSupport { get; init; }

    /// <summary>The path of the element in the base type that this one constrains (<c>base.path</c>).</summary>
    public string? BasePath { get; init; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
