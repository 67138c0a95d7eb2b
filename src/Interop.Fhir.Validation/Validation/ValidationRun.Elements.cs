using Interop.Fhir.Introspection;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Validation;

/// <summary>The walk: an element against its definition, then each child element against its own.</summary>
internal sealed partial class ValidationRun
{
    private void ValidateElement(Base element, ElementNode node, ElementTree tree, string location, Base resource)
    {
        using var at = At(element);
        CheckConstraints(element, node.Element, location, resource);
        if (element is IPrimitive primitive)
        {
            CheckPrimitive(element, primitive, node.Element, location);
        }

        // `#Parameters.parameter` means the element as the type defines it: a profile's slices of the top level do not apply.
        if (node.Element.ContentReference is { } reference
            && (validator.CoreTree(tree.Definition.Type) ?? tree).Find(reference[(reference.IndexOf('#') + 1)..]) is { } referenced)
        {
            node = referenced;
            tree = validator.CoreTree(tree.Definition.Type) ?? tree;
        }

        if (node.Children.Count > 0)
        {
            ValidateChildren(element, node, tree, location, resource);
            return;
        }

        // The snapshot stops at a datatype (Patient.name): its children are defined by the datatype itself.
        if (element.ClassMapping.Kind is ClassKind.Complex or ClassKind.Primitive && validator.CoreTree(element.ClassMapping.Name) is { } typeTree
            && !ReferenceEquals(typeTree, tree))
        {
            CheckConstraints(element, typeTree.Root.Element, location, resource);
            ValidateChildren(element, typeTree.Root, typeTree, location, resource);
        }
    }

    private void ValidateChildren(Base element, ElementNode node, ElementTree tree, string location, Base resource)
    {
        foreach (var (name, child) in node.Children)
        {
            if (element.ClassMapping.FindProperty(name) is not { } property)
            {
                continue;
            }

            var values = PropertyValues.Of(property.Get(element));

            // Most of a definition's elements are absent from an instance, and an optional absent one has nothing to check:
            // skipping it before its path is built saves a string per defined element.
            if (values.Count == 0 && child.Slices.Count == 0 && (child.Element.Min ?? 0) == 0)
            {
                continue;
            }

            var path = $"{location}.{name}";
            CheckCardinality(values.Count, child.Element, path);
            if (child.Slices.Count > 0)
            {
                ValidateSlices(values, child, tree, path, resource, property.IsCollection);
                continue;
            }

            for (var i = 0; i < values.Count; i++)
            {
                ValidateValue(values[i], child, tree, property.IsCollection ? $"{path}[{i}]" : path, resource);
            }
        }
    }

    private void ValidateValue(object value, ElementNode node, ElementTree tree, string location, Base resource)
    {
        if (value is not Base element)
        {
            // Element.id is a plain string, not an element of its own; it still has FHIR's 1 MB cap on strings.
            if (value is string { Length: > MaxStringLength })
            {
                Report(IssueSeverity.Error, IssueType.Value, ValidationCodes.TooLong, $"{node.Element.Path} allows at most {MaxStringLength} characters.", location);
            }

            return;
        }

        using var at = At(element);
        var definition = node.Element;
        CheckType(element, definition, location);
        if (definition.Fixed is { } fixedValue && !ValueMatcher.Matches(element, fixedValue, exact: true))
        {
            Report(IssueSeverity.Error, IssueType.Value, ValidationCodes.FixedMismatch, $"{definition.Path} must have its fixed value.", location);
        }

        if (definition.Pattern is { } pattern && !ValueMatcher.Matches(element, pattern, exact: false))
        {
            Report(IssueSeverity.Error, IssueType.Value, ValidationCodes.PatternMismatch, $"{definition.Path} must match its pattern.", location);
        }

        CheckBinding(element, definition.Binding, location);
        CheckNhsIdentifier(element, location);
        CheckAttachment(element, location);
        CheckCoding(element, location);
        if (element.ClassMapping.Name == "Reference")
        {
            CheckReference(element, definition, location, resource);
        }

        if (element.ClassMapping.Kind == ClassKind.Resource)
        {
            ValidateResource(element, location, [], node.Name == "contained" ? _rootResources.GetValueOrDefault(resource, resource) : null);
            return;
        }

        ValidateElement(element, node, tree, location, resource);
        if (element.ClassMapping.Name == ExtensionType)
        {
            CheckExtensionUse(element, location);
        }

        foreach (var profile in definition.Types.Where(t => t.Code == element.ClassMapping.Name || t.Code == "Extension").SelectMany(t => t.Profiles))
        {
            if (validator.Tree(profile) is { } profiled && !ReferenceEquals(profiled, tree))
            {
                ValidateElement(element, profiled.Root, profiled, location, resource);
            }
            else if (element.ClassMapping.Name == "Extension")
            {
                ReportUnknownExtension(profile, location, definition.Path.EndsWith("modifierExtension", StringComparison.Ordinal));
            }
        }

        // An extension in no slice of a sliced element (node is then the sliced element) is checked by its url too.
        if (element.ClassMapping.Name == "Extension" && definition.Types.All(t => t.Profiles.Count == 0))
        {
            ValidateExtensionByUrl(element, location, resource, definition.Path.EndsWith("modifierExtension", StringComparison.Ordinal));
        }
    }

    private void CheckCardinality(int count, ElementInfo definition, string location)
    {
        if (count < (definition.Min ?? 0))
        {
            Report(IssueSeverity.Error, IssueType.Required, ValidationCodes.TooFew,
                $"{definition.Path} needs at least {definition.Min} (found {count}).", location);
        }

        if (count > (definition.Max ?? int.MaxValue))
        {
            Report(IssueSeverity.Error, IssueType.Structure, ValidationCodes.TooMany,
                $"{definition.Path} allows at most {definition.Max} (found {count}).", location);
        }
    }

    private void CheckType(Base element, ElementInfo definition, string location)
    {
        if (definition.Types.Count == 0)
        {
            return;
        }

        var type = element.ClassMapping;
        foreach (var allowed in definition.Types)
        {
            for (var t = type; t is not null; t = t.BaseMapping)
            {
                if (t.Name == allowed.Code || (allowed.Code.StartsWith("http://hl7.org/fhirpath/System.", StringComparison.Ordinal) && type.Kind == ClassKind.Primitive))
                {
                    return;
                }
            }
        }

        Report(IssueSeverity.Error, IssueType.Structure, ValidationCodes.WrongType,
            $"{definition.Path} does not allow the type {type.Name} ({string.Join(", ", definition.Types.Select(t => t.Code))}).", location);
    }
}
