using Interop.Fhir.FhirPath;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Validation;

/// <summary>Where an extension may be used: its definition's contexts (element, extension, FHIRPath) and context invariants.</summary>
internal sealed partial class ValidationRun
{
    private InstanceParents? _parents;

    private InstanceParents Parents => _parents ??= new InstanceParents(root);

    private void CheckExtensionContext(Base extension, StructureDefinitionInfo definition, string location)
    {
        if ((definition.Contexts.Count == 0 && definition.ContextInvariants.Count == 0) || ExtensionPlacement.Of(extension, Parents) is not { } placement)
        {
            return;
        }

        // The reference places a context issue on the element holding the extension.
        var hostLocation = location[..Math.Max(location.LastIndexOf('.'), 0)];
        if (definition.Contexts.Count > 0 && !definition.Contexts.Any(context => Allows(context, placement)))
        {
            var allowed = string.Join(", ", definition.Contexts.Select(c => $"{c.Type} {c.Expression}"));
            Report(IssueSeverity.Error, IssueType.Structure, ValidationCodes.ExtensionContext,
                $"The extension {definition.Url} is not allowed here (this element is {string.Join(", ", placement.Names)}; allowed: {allowed}).", hostLocation);
        }

        foreach (var invariant in definition.ContextInvariants)
        {
            try
            {
                if (validator.FhirPath.Compile(invariant).Evaluate(placement.Host, ExtensionEnvironment(placement, extension)) is [false])
                {
                    Report(IssueSeverity.Error, IssueType.Structure, ValidationCodes.ExtensionContext,
                        $"The extension {definition.Url} is not allowed here (its context invariant {invariant} is not met).", hostLocation);
                }
            }
            catch (FhirPathException e)
            {
                Report(IssueSeverity.Warning, IssueType.Processing, ValidationCodes.InvariantError,
                    $"The context invariant of {definition.Url} could not be evaluated ({e.Code}).", hostLocation);
            }
        }
    }

    private bool Allows(ExtensionContextInfo context, ExtensionPlacement placement) => context.Type switch
    {
        "element" => placement.IsElement(context.Expression),
        "extension" => placement.EnclosingExtension?.Split('|')[0] == context.Expression.Split('|')[0],
        "fhirpath" => SelectsHost(context.Expression, placement),

        // A context kind this engine does not know cannot be held against the sender.
        _ => true,
    };

    // A FHIRPath context selects elements of the resource; the host must be one of them.
    private bool SelectsHost(string expression, ExtensionPlacement placement)
    {
        try
        {
            return validator.FhirPath.Compile(expression).Evaluate(placement.Resource, EnvironmentFor(placement.Resource))
                .Any(selected => ReferenceEquals(selected, placement.Host));
        }
        catch (FhirPathException)
        {
            // An expression this engine cannot evaluate must not reject what the definition may allow.
            return true;
        }
    }

    // The resource's environment, with %extension: context invariants may look at the extension itself.
    private FhirPathEnvironment ExtensionEnvironment(ExtensionPlacement placement, Base extension)
    {
        var environment = EnvironmentFor(placement.Resource);
        return new FhirPathEnvironment
        {
            Resource = environment.Resource,
            RootResource = environment.RootResource,
            Bundle = environment.Bundle,
            Terminology = environment.Terminology,
            Variables = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal) { ["extension"] = [extension] },
        };
    }
}
