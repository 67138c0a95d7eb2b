using Interop.Fhir.FhirPath.Evaluation;
using Interop.Fhir.Navigation;

namespace Interop.Fhir.FhirPath.Functions;

/// <summary>The functions FHIR adds to FHIRPath (FHIR R4, section 2.1.9.1).</summary>
internal static class FhirFunctions
{
    private const string CoreDefinitions = "http://hl7.org/fhir/StructureDefinition/";

    /// <summary>The definitions.</summary>
    public static FunctionDefinition[] Definitions { get; } =
    [
        new("extension", 1, 1, Extension),
        new("hasValue", 0, 0, static (_, focus, _) => Collection.Of(focus.Count == 1 && focus[0] is IPrimitive { HasValue: true })) { Result = ResultType.Boolean },
        new("getValue", 0, 0, static (_, focus, _) => focus.Count == 1 && focus[0] is IPrimitive { HasValue: true } ? Collection.OfNullable(SystemValue.Of(focus[0])) : Collection.Empty),
        new("resolve", 0, 0, static (scope, focus, _) => ReferenceResolver.Resolve(scope, focus)),
        new("htmlChecks", 0, 0, static (_, focus, _) => Collection.Of(focus.Count == 1 && NarrativeRules.IsSafe(focus[0]))) { Result = ResultType.Boolean },
        new("memberOf", 1, 1, MemberOf) { Result = ResultType.Boolean },
        new("conformsTo", 1, 1, ConformsTo) { Result = ResultType.Boolean },
    ];

    private static IReadOnlyList<object> Extension(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (Collection.SingleValue(arguments[0], "extension()") is not string url)
        {
            return Collection.Empty;
        }

        var results = default(ResultBuilder);
        for (var i = 0; i < focus.Count; i++)
        {
            if (focus[i] is not Base element)
            {
                continue;
            }

            foreach (var extension in element.Children("extension"))
            {
                scope.Step();
                if (string.Equals(extension.Text("url"), url, StringComparison.Ordinal))
                {
                    results.Add(extension);
                }
            }
        }

        return results.ToCollection();
    }

    private static IReadOnlyList<object> MemberOf(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (focus.Count == 0 || Collection.SingleValue(arguments[0], "memberOf()") is not string valueSet)
        {
            return Collection.Empty;
        }

        var terminology = scope.Environment.Terminology
            ?? throw new FhirPathException(FhirPathErrorCodes.ServiceUnavailable, "memberOf() needs a terminology service.");
        return Collection.Of(terminology.MemberOf(Single(focus, "memberOf()"), valueSet));
    }

    private static IReadOnlyList<object> ConformsTo(EvaluationScope scope, IReadOnlyList<object> focus, IReadOnlyList<object>[] arguments)
    {
        if (focus.Count == 0 || Collection.SingleValue(arguments[0], "conformsTo()") is not string profile)
        {
            return Collection.Empty;
        }

        if (Single(focus, "conformsTo()") is not Base resource)
        {
            return Collection.False;
        }

        // A core type's own definition needs no validator: the model knows whether the resource is of that type.
        if (profile.StartsWith(CoreDefinitions, StringComparison.Ordinal) && scope.Model.FindClass(profile.AsSpan(CoreDefinitions.Length)) is { } type)
        {
            return Collection.Of(resource.ClassMapping.IsA(type));
        }

        var profiles = scope.Environment.Profiles
            ?? throw new FhirPathException(FhirPathErrorCodes.ServiceUnavailable, "conformsTo() needs a profile service.");
        return Collection.Of(profiles.ConformsTo(resource, profile));
    }

    private static object Single(IReadOnlyList<object> focus, string what) => focus.Count == 1
        ? focus[0]
        : throw new FhirPathException(FhirPathErrorCodes.SingletonExpected, $"{what} applies to a single item, got {focus.Count}.");
}
