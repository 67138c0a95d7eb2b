using System.Collections;
using Interop.Fhir;
using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>
/// Copies STU3 elements into R4 ones by FHIR element name, driven by both models' metadata: the two versions share most
/// element names, so only the elements in <see cref="ElementRules"/> need a rule of their own.
/// </summary>
internal sealed class ElementCopier
{
    private static readonly ModelInfo R4 = Interop.Fhir.R4.FhirModel.Instance;

    private static readonly Dictionary<string, string> ResourceRenames = new(StringComparer.Ordinal)
    {
        ["ReferralRequest"] = "ServiceRequest",
    };

    private readonly List<ConversionIssue> _issues = [];

    public IReadOnlyList<ConversionIssue> Issues => _issues;

    public Base? ConvertResource(Base source, string path)
    {
        var name = source.ClassMapping.Name;
        var targetType = R4.FindResource(ResourceRenames.GetValueOrDefault(name, name));
        if (targetType is null)
        {
            Report(ConversionIssueCodes.ResourceNotConverted, IssueSeverity.Error, path, $"{name} has no R4 resource to convert to.");
            return null;
        }

        var target = targetType.CreateInstance();
        CopyMembers(source, target, path);
        ResourceRules.Apply(source, target);
        return target;
    }

    /// <summary>Converts <paramref name="value"/> (one element, a list of them, or a system string) into the R4 element <paramref name="elementName"/> of <paramref name="target"/>.</summary>
    public void CopyInto(Base target, string elementName, object value, string path)
    {
        var property = target.ClassMapping.FindProperty(elementName);
        if (property is null)
        {
            Report(ConversionIssueCodes.ElementNotCarried, IssueSeverity.Warning, path, $"{target.ClassMapping.Name} has no element {elementName} in R4.");
            return;
        }

        if (value is string text)
        {
            property.Set(target, text);
            return;
        }

        foreach (var (item, itemPath) in Items(value, path))
        {
            if (ConvertValue(item, property, itemPath) is { } converted)
            {
                Add(target, property, converted, itemPath);
            }
        }
    }

    /// <summary>Adds an already converted R4 value to an element, reporting a second value for a single-valued one.</summary>
    public void Add(Base target, PropertyMapping property, Base value, string path)
    {
        if (property.IsCollection)
        {
            property.GetOrCreateList!(target).Add(value);
        }
        else if (property.Get(target) is not null)
        {
            Report(ConversionIssueCodes.ExtraValueNotCarried, IssueSeverity.Warning, path, $"R4 {target.ClassMapping.Name}.{property.Name} holds one value; this one is not carried.");
        }
        else
        {
            property.Set(target, value);
        }
    }

    public void Report(string code, IssueSeverity severity, string path, string message) =>
        _issues.Add(new ConversionIssue(code, severity, path, message));

    /// <summary>Each element of a value that may be a single element or a list, with its path.</summary>
    public static IEnumerable<(Base Item, string Path)> Items(object value, string path)
    {
        if (value is Base single)
        {
            yield return (single, path);
            yield break;
        }

        var index = 0;
        foreach (var item in (IList)value)
        {
            yield return ((Base)item, $"{path}[{index++}]");
        }
    }

    private Base? ConvertValue(Base item, PropertyMapping property, string path)
    {
        if (item.ClassMapping.Kind == ClassKind.Resource)
        {
            return ConvertResource(item, path);
        }

        var targetType = FindTargetType(item, property);
        if (targetType is null)
        {
            Report(ConversionIssueCodes.TypeNotCarried, IssueSeverity.Warning, path, $"R4 {property.Name} does not allow type {item.ClassMapping.Name}.");
            return null;
        }

        var target = targetType.CreateInstance();
        if (item is IPrimitive primitive)
        {
            ((IPrimitive)target).RawValue = primitive.RawValue;
        }

        CopyMembers(item, target, path);

        // An element whose every part was left out (a meta with only STU3 profiles) would be empty, which FHIR forbids.
        return IsEmpty(target) ? null : target;
    }

    private static bool IsEmpty(Base element) =>
        element is not IPrimitive { HasValue: true }
        && element.ClassMapping.Properties.All(p => p.Get(element) is null or IList { Count: 0 });

    private void CopyMembers(Base source, Base target, string path)
    {
        var sourceType = source.ClassMapping;
        foreach (var property in sourceType.Properties)
        {
            var value = property.Get(source);
            if (value is null or IList { Count: 0 })
            {
                continue;
            }

            var propertyPath = $"{path}.{property.Name}";
            if (ElementRules.Find(sourceType.Name, property.Name) is { } rule)
            {
                rule(new RuleContext(this, target, value, propertyPath));
            }
            else
            {
                CopyInto(target, property.Name, value, propertyPath);
            }
        }
    }

    private static ClassMapping? FindTargetType(Base item, PropertyMapping property)
    {
        var sourceType = item.ClassMapping;
        if (sourceType.Kind == ClassKind.Backbone)
        {
            return property.Types is [{ Kind: ClassKind.Backbone } backbone] ? backbone : null;
        }

        foreach (var type in property.Types)
        {
            if (type.Name == sourceType.Name)
            {
                return type;
            }
        }

        // A primitive whose R4 element has another primitive type (uri → canonical, integer → positiveInt) keeps its text when that text is valid there.
        var raw = (item as IPrimitive)?.RawValue;
        return sourceType.Kind == ClassKind.Primitive && !property.IsChoice && property.Types is [{ Kind: ClassKind.Primitive } primitive] && (raw is null || primitive.IsValidValue(raw))
            ? primitive
            : null;
    }
}
