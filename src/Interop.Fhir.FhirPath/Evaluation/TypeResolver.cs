using Interop.Fhir.FhirPath.Syntax;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Resolves type names as written in <c>is</c>, <c>as</c> and <c>ofType</c>.</summary>
internal static class TypeResolver
{
    /// <summary>
    /// Resolves a type: <c>FHIR.X</c> and <c>System.X</c> in their namespace; an unqualified name is a FHIR type when the
    /// model has it (so <c>Quantity</c> is FHIR's), otherwise a System type. Null when an unqualified or FHIR name is unknown.
    /// </summary>
    public static ItemType? Resolve(ModelInfo model, TypeSpecifier type)
    {
        if (type.Namespace is null or "FHIR" && model.FindClass(type.Name) is { Kind: not ClassKind.Backbone } fhir)
        {
            return new ItemType(fhir, null);
        }

        if (type.Namespace is null or "System" && Enum.TryParse<SystemType>(type.Name, ignoreCase: false, out var system)
            && char.IsUpper(type.Name[0]))
        {
            return new ItemType(null, system);
        }

        // System.Patient names no type, so nothing is of it; the suite answers false rather than failing.
        return type.Namespace == "System" ? new ItemType(null, null) : null;
    }

    /// <summary>Reads a type written as an ordinary expression (<c>ofType(FHIR.Patient)</c>), or null when it is not a name.</summary>
    public static TypeSpecifier? FromExpression(SyntaxNode node) => node switch
    {
        MemberNode { Focus: null } m => new TypeSpecifier(null, m.Name),
        MemberNode { Focus: MemberNode { Focus: null } ns } m => new TypeSpecifier(ns.Name, m.Name),
        _ => null,
    };
}
