using Interop.Fhir.FhirPath.Syntax;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Compiles element names and type names at the start of a path.</summary>
internal sealed partial class ExpressionCompiler
{
    private Compiled CompileMember(MemberNode node)
    {
        if (node.Focus is null && char.IsUpper(node.Name[0]) && _model.FindClass(node.Name) is { Kind: ClassKind.Resource or ClassKind.Complex } type)
        {
            return CompileTypeFilter(type, node.Position);
        }

        var focus = node.Focus is null ? new Compiled(static (_, context) => context, _thisType) : CompileNode(node.Focus);
        var resultType = NavigateType(focus.Type, node.Name, node.Position);
        var access = new MemberAccess(node.Name);
        var evaluateFocus = focus.Evaluate;
        return new Compiled(
            (scope, context) =>
            {
                var items = evaluateFocus(scope, context);
                var results = default(ResultBuilder);
                for (var i = 0; i < items.Count; i++)
                {
                    scope.Step();
                    access.AddValues(items[i], ref results);
                }

                return results.ToCollection();
            },
            resultType);
    }

    // `Patient.name` on a Patient: the type name keeps the input when it is of that type.
    private Compiled CompileTypeFilter(ClassMapping type, int position)
    {
        if (_options.Strict && _thisType.Types is { } known && !Array.Exists(known, t => t.IsA(type) || type.IsA(t)))
        {
            throw new FhirPathException(FhirPathErrorCodes.UnknownElement, $"The context is not a {type.Name}.", position);
        }

        return new Compiled(
            (_, context) =>
            {
                for (var i = 0; i < context.Count; i++)
                {
                    if (context[i] is not Base element || !element.ClassMapping.IsA(type))
                    {
                        return Filter(context, type);
                    }
                }

                return context;
            },
            StaticType.Of(type));
    }

    private static IReadOnlyList<object> Filter(IReadOnlyList<object> items, ClassMapping type)
    {
        var results = default(ResultBuilder);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is Base element && element.ClassMapping.IsA(type))
            {
                results.Add(element);
            }
        }

        return results.ToCollection();
    }

    private StaticType NavigateType(StaticType focus, string name, int position)
    {
        if (focus.System is not null)
        {
            return _options.Strict
                ? throw new FhirPathException(FhirPathErrorCodes.UnknownElement, $"System.{focus.System} has no element '{name}'.", position)
                : StaticType.Unknown;
        }

        if (focus.Types is null)
        {
            return StaticType.Unknown;
        }

        var types = new List<ClassMapping>();
        var systemString = false;
        foreach (var type in focus.Types)
        {
            // An element typed as an abstract resource (Bundle.entry.resource) can hold any resource.
            if (type.Kind == ClassKind.Resource && type.IsAbstract)
            {
                return StaticType.Unknown;
            }

            if (type.FindProperty(name) is not { } property)
            {
                // Observation.valueQuantity: a choice is named by its element name; the spec makes this an error in any mode.
                if (type.TryGetProperty(name, out var choice, out var choiceType) && choiceType is not null)
                {
                    throw new FhirPathException(FhirPathErrorCodes.UnknownElement, $"Use {choice.Name}.ofType({choiceType.Name}), not '{name}'.", position);
                }

                continue;
            }

            if (property.IsSystemString)
            {
                systemString = true;
            }
            else
            {
                types.AddRange(property.Types);
            }
        }

        if (types.Count == 0 && !systemString)
        {
            return _options.Strict
                ? throw new FhirPathException(FhirPathErrorCodes.UnknownElement, $"{string.Join(" | ", focus.Types.Select(t => t.Name))} has no element '{name}'.", position)
                : StaticType.Unknown;
        }

        return types.Count == 0 ? StaticType.Of(SystemType.String) : systemString ? StaticType.Unknown : new StaticType([.. types.Distinct()], null);
    }
}
