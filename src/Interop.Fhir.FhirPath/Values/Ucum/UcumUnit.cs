using System.Collections.Concurrent;

namespace Interop.Fhir.FhirPath.Values.Ucum;

/// <summary>
/// A parsed UCUM unit code: its terms, and the fraction <see cref="Numerator"/>/<see cref="Denominator"/> that turns a
/// value in this unit into base units of <see cref="Dimension"/>.
/// </summary>
internal sealed class UcumUnit
{
    // Unit codes come from expressions and data and are few; parsed once each. The cap keeps hostile data from growing it.
    private const int CacheLimit = 4_096;
    private static readonly ConcurrentDictionary<string, UcumUnit?> Cache = new(StringComparer.Ordinal);

    private UcumUnit(UcumTerm[] terms, decimal numerator, decimal denominator, UnitDimension dimension, bool isSpecial)
    {
        Terms = terms;
        Numerator = numerator;
        Denominator = denominator;
        Dimension = dimension;
        IsSpecial = isSpecial;
    }

    public UcumTerm[] Terms { get; }

    public decimal Numerator { get; }

    public decimal Denominator { get; }

    public UnitDimension Dimension { get; }

    /// <summary>A special (non-ratio or arbitrary) unit converts to no other unit.</summary>
    public bool IsSpecial { get; }

    /// <summary>The unit a code stands for, or null when the code is not one the engine understands.</summary>
    public static UcumUnit? Parse(string code)
    {
        if (Cache.TryGetValue(code, out var unit))
        {
            return unit;
        }

        unit = UcumParser.TryParse(code, out var terms) ? FromTerms(terms) : null;
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(code, unit);
        }

        return unit;
    }

    /// <summary>Builds a unit from terms, or null when the factors overflow.</summary>
    public static UcumUnit? FromTerms(UcumTerm[] terms)
    {
        decimal numerator = 1, denominator = 1;
        var dimension = UnitDimension.None;
        var special = false;
        try
        {
            foreach (var term in terms)
            {
                var (atomNumerator, atomDenominator, atomDimension, atomSpecial) = Resolve(term);
                special |= atomSpecial;
                dimension = dimension.Times(atomDimension, term.Exponent);
                for (var i = 0; i < Math.Abs(term.Exponent); i++)
                {
                    if (term.Exponent > 0)
                    {
                        numerator *= atomNumerator;
                        denominator *= atomDenominator;
                    }
                    else
                    {
                        numerator *= atomDenominator;
                        denominator *= atomNumerator;
                    }
                }
            }
        }
        catch (OverflowException)
        {
            return null;
        }

        return new UcumUnit(terms, numerator, denominator, dimension, special);
    }

    /// <summary>The factor of one term's symbol (exponent aside), from its prefix, atom or number.</summary>
    public static (decimal Numerator, decimal Denominator, UnitDimension Dimension, bool IsSpecial) Resolve(UcumTerm term)
    {
        if (term.Atom.Length == 0)
        {
            return (1, 1, UnitDimension.None, false);
        }

        if (UcumAtoms.ByCode.TryGetValue(term.Atom, out var atom))
        {
            var (prefixNumerator, prefixDenominator) = term.Prefix.Length == 0 ? (1m, 1m) : UcumAtoms.Prefixes[term.Prefix];
            return (atom.Numerator * prefixNumerator, atom.Denominator * prefixDenominator, atom.Dimension, atom.IsSpecial);
        }

        // The parser admits only known atoms or whole numbers.
        return (decimal.Parse(term.Atom, System.Globalization.CultureInfo.InvariantCulture), 1, UnitDimension.None, false);
    }

    /// <summary>The UCUM code for terms: numerator terms joined by <c>.</c>, each denominator after a <c>/</c>; <c>1</c> for none.</summary>
    public static string Format(IReadOnlyList<UcumTerm> terms)
    {
        var text = new System.Text.StringBuilder();
        foreach (var term in terms)
        {
            if (term.Exponent > 0)
            {
                AppendTerm(text, text.Length == 0 ? null : '.', term, term.Exponent);
            }
        }

        foreach (var term in terms)
        {
            if (term.Exponent < 0)
            {
                AppendTerm(text, '/', term, -term.Exponent);
            }
        }

        return text.Length == 0 ? "1" : text.ToString();
    }

    private static void AppendTerm(System.Text.StringBuilder text, char? separator, UcumTerm term, int exponent)
    {
        if (separator is { } c)
        {
            text.Append(c);
        }

        text.Append(term.Symbol);
        if (exponent != 1)
        {
            text.Append(exponent);
        }
    }
}
