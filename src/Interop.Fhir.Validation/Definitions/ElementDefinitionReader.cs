using System.Globalization;
using Interop.Fhir.Navigation;

namespace Interop.Fhir.Validation.Definitions;

/// <summary>Reads one ElementDefinition of either FHIR version into an <see cref="ElementInfo"/>.</summary>
internal static class ElementDefinitionReader
{
    /// <summary>Reads <paramref name="element"/>; <paramref name="id"/> is its id (given or built from path and slice names).</summary>
    public static ElementInfo Read(Base element, string id, string? definitionUrl) => new()
    {
        Id = id,
        Path = element.Text("path") ?? id,
        SliceName = element.Text("sliceName"),
        Min = ParseInt(element.Text("min")),
        Max = ParseMax(element.Text("max")),
        Types = [.. element.Children("type").Select(ReadType)],
        Fixed = element.Child("fixed"),
        Pattern = element.Child("pattern"),
        Binding = ReadBinding(element.Child("binding")),
        Constraints = [.. element.Children("constraint").Select(c => ReadConstraint(c, definitionUrl))],
        Slicing = ReadSlicing(element.Child("slicing")),
        ContentReference = element.Text("contentReference") is { } reference ? reference[(reference.IndexOf('#') + 1)..] : null,
        MaxLength = ParseInt(element.Text("maxLength")),
        MinValue = element.Child("minValue"),
        MaxValue = element.Child("maxValue"),
        IsModifier = element.Text("isModifier") == "true",
        MustSupport = element.Text("mustSupport") == "true",
        BasePath = element.Child("base").Text("path"),
    };

    /// <summary>Parses a <c>max</c>: <c>*</c> is <see cref="int.MaxValue"/>.</summary>
    public static int? ParseMax(string? max) => max == "*" ? int.MaxValue : ParseInt(max);

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    // STU3 gives profile and targetProfile as one uri each, R4 as lists of canonicals: Texts reads both.
    private static TypeRefInfo ReadType(Base type) =>
        new(type.Text("code") ?? "", Texts(type, "profile"), Texts(type, "targetProfile"));

    private static string[] Texts(Base element, string name) =>
        [.. element.Children(name).OfType<IPrimitive>().Select(p => p.RawValue).OfType<string>()];

    private static BindingInfo? ReadBinding(Base? binding)
    {
        if (binding is null)
        {
            return null;
        }

        // R4: valueSet (canonical); STU3: valueSetUri or valueSetReference.
        var valueSet = binding.Child("valueSet");
        var url = valueSet is IPrimitive primitive ? primitive.RawValue : valueSet.Text("reference");
        return new BindingInfo(binding.Text("strength") ?? "example", url);
    }

    private static ConstraintInfo ReadConstraint(Base constraint, string? definitionUrl) => new(
        constraint.Text("key") ?? "",
        constraint.Text("severity") ?? "error",
        constraint.Text("human") ?? "",
        constraint.Text("expression"),
        constraint.Text("source") ?? definitionUrl);

    private static SlicingInfo? ReadSlicing(Base? slicing) => slicing is null
        ? null
        : new SlicingInfo(
            [.. slicing.Children("discriminator").Select(d => new DiscriminatorInfo(d.Text("type") ?? "value", d.Text("path") ?? "$this"))],
            slicing.Text("rules") ?? "open",
            slicing.Text("ordered") == "true");
}
