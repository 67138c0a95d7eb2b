using Interop.Fhir.Navigation;

namespace Interop.Fhir.Validation.Terminology;

/// <summary>The codes a value carries, for binding checks and <c>memberOf()</c>.</summary>
internal static class CodedValues
{
    /// <summary>
    /// <paramref name="coded"/> as (system, code) pairs: a code, string or uri (a model primitive or a System string) has no
    /// system; a Coding is one pair; a CodeableConcept has one pair per coding; anything else has none.
    /// </summary>
    public static IEnumerable<(string? System, string Code)> Of(object coded) => coded switch
    {
        string code => [(null, code)],
        IPrimitive { RawValue: { } code } => [(null, code)],
        Base element when element.TypeName() == "Coding" => OfCoding(element),
        Base element when element.TypeName() == "CodeableConcept" => element.Children("coding").SelectMany(OfCoding),
        _ => [],
    };

    private static IEnumerable<(string? System, string Code)> OfCoding(Base coding) =>
        coding.Text("code") is { } code ? [(coding.Text("system"), code)] : [];
}
