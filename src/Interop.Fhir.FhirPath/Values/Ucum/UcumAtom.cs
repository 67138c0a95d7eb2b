namespace Interop.Fhir.FhirPath.Values.Ucum;

/// <summary>
/// A UCUM unit atom: one of it is <see cref="Numerator"/>/<see cref="Denominator"/> base units of its dimension
/// (a fraction, so that units such as <c>min</c> convert back exactly). Metric atoms take prefixes; special atoms
/// (non-ratio scales such as <c>Cel</c>, arbitrary units such as <c>[iU]</c>) convert to nothing but themselves.
/// </summary>
internal sealed record UcumAtom(decimal Numerator, decimal Denominator, UnitDimension Dimension, bool IsMetric, bool IsSpecial = false);
