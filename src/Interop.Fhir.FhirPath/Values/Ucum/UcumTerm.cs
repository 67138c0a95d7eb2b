namespace Interop.Fhir.FhirPath.Values.Ucum;

/// <summary>
/// One factor of a UCUM unit: a prefixed atom (or a bare annotation, or a whole number) raised to an exponent, as in
/// <c>cm2</c>, <c>/min</c> or <c>{beats}</c>.
/// </summary>
internal readonly record struct UcumTerm(string Prefix, string Atom, string Annotation, int Exponent)
{
    /// <summary>The term's text without its exponent: <c>cm</c>, <c>mm[Hg]</c>, <c>{beats}</c>.</summary>
    public string Symbol => string.Concat(Prefix, Atom, Annotation);
}
