using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Snapshots;

/// <summary>Applies a differential element onto the snapshot element it constrains.</summary>
internal static class ElementConstraint
{
    /// <summary><paramref name="element"/> narrowed by what <paramref name="differential"/> says; what it does not say stays.</summary>
    public static ElementInfo Apply(ElementInfo element, ElementInfo differential) => element with
    {
        Min = differential.Min ?? element.Min,
        Max = differential.Max ?? element.Max,
        Types = differential.Types.Count > 0 ? [.. differential.Types.Select(t => Narrow(t, element.Types))] : element.Types,
        Fixed = differential.Fixed ?? element.Fixed,
        Pattern = differential.Pattern ?? element.Pattern,
        Binding = Binding(element.Binding, differential.Binding),
        Constraints = differential.Constraints.Count == 0
            ? element.Constraints
            : [.. element.Constraints.Where(c => !differential.Constraints.Any(d => d.Key == c.Key)), .. differential.Constraints],
        Slicing = differential.Slicing ?? element.Slicing,
        MaxLength = differential.MaxLength ?? element.MaxLength,
        MinValue = differential.MinValue ?? element.MinValue,
        MaxValue = differential.MaxValue ?? element.MaxValue,
        IsModifier = element.IsModifier || differential.IsModifier,
        MustSupport = element.MustSupport || differential.MustSupport,
    };

    // A type named without profiles keeps the profiles the base gives it: a profile cannot loosen them.
    private static TypeRefInfo Narrow(TypeRefInfo type, IReadOnlyList<TypeRefInfo> baseTypes)
    {
        if (baseTypes.FirstOrDefault(b => b.Code == type.Code) is not { } baseType)
        {
            return type;
        }

        return type with
        {
            Profiles = type.Profiles.Count > 0 ? type.Profiles : baseType.Profiles,
            TargetProfiles = type.TargetProfiles.Count > 0 ? type.TargetProfiles : baseType.TargetProfiles,
        };
    }

    private static BindingInfo? Binding(BindingInfo? element, BindingInfo? differential) =>
        differential is { ValueSet: null } && element is not null ? differential with { ValueSet = element.ValueSet } : differential ?? element;
}
