namespace Interop.Fhir.FhirPath.Values.Ucum;

/// <summary>
/// Reads the UCUM code syntax the engine needs: terms joined by <c>.</c> and <c>/</c> (left to right, so
/// <c>mg/kg.d</c> is mg·d/kg), parentheses, a leading <c>/</c>, integer exponents (<c>m2</c>, <c>s-1</c>,
/// <c>10*3</c>), annotations (<c>{beats}</c>) and whole-number factors.
/// </summary>
internal static class UcumParser
{
    public static bool TryParse(string code, out UcumTerm[] terms)
    {
        var list = new List<UcumTerm>();
        var pos = 0;
        var sign = 1;
        if (code.Length > 0 && code[0] == '/')
        {
            pos = 1;
            sign = -1;
        }

        var ok = code.Length > 0 && TryReadTerm(code, ref pos, sign, list) && pos == code.Length;
        terms = ok ? [.. list] : [];
        return ok;
    }

    private static bool TryReadTerm(string s, ref int pos, int sign, List<UcumTerm> terms)
    {
        if (!TryReadComponent(s, ref pos, sign, terms))
        {
            return false;
        }

        while (pos < s.Length && s[pos] is '.' or '/')
        {
            var divide = s[pos] == '/';
            pos++;
            if (!TryReadComponent(s, ref pos, divide ? -sign : sign, terms))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadComponent(string s, ref int pos, int sign, List<UcumTerm> terms)
    {
        if (pos >= s.Length)
        {
            return false;
        }

        if (s[pos] == '(')
        {
            pos++;
            if (!TryReadTerm(s, ref pos, sign, terms) || pos >= s.Length || s[pos] != ')')
            {
                return false;
            }

            pos++;
            return true;
        }

        var start = pos;
        while (pos < s.Length && s[pos] is not ('.' or '/' or '(' or ')' or '{'))
        {
            if (s[pos] == '[')
            {
                var close = s.IndexOf(']', pos);
                if (close < 0)
                {
                    return false;
                }

                pos = close;
            }

            pos++;
        }

        var symbol = s[start..pos];
        var annotation = string.Empty;
        if (pos < s.Length && s[pos] == '{')
        {
            var close = s.IndexOf('}', pos);
            if (close < 0)
            {
                return false;
            }

            annotation = s[pos..(close + 1)];
            pos = close + 1;
        }

        if (symbol.Length == 0)
        {
            terms.Add(new UcumTerm(string.Empty, string.Empty, annotation, sign));
            return annotation.Length > 0;
        }

        if (IsWholeNumber(symbol))
        {
            // Unity adds nothing, so '1' and '1/min' carry no term for it.
            if (symbol != "1" || annotation.Length > 0)
            {
                terms.Add(new UcumTerm(string.Empty, symbol == "1" ? string.Empty : symbol, annotation, sign));
            }

            return true;
        }

        var exponent = 1;
        var digits = symbol.Length;
        while (digits > 0 && char.IsAsciiDigit(symbol[digits - 1]))
        {
            digits--;
        }

        if (digits < symbol.Length)
        {
            var exponentStart = digits > 0 && symbol[digits - 1] is '+' or '-' ? digits - 1 : digits;
            if (exponentStart == 0 || !int.TryParse(symbol.AsSpan(exponentStart), out exponent) || exponent == 0)
            {
                return false;
            }

            symbol = symbol[..exponentStart];
        }

        if (!TrySplitPrefix(symbol, out var prefix, out var atom))
        {
            return false;
        }

        terms.Add(new UcumTerm(prefix, atom, annotation, sign * exponent));
        return true;
    }

    private static bool IsWholeNumber(string symbol)
    {
        foreach (var c in symbol)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TrySplitPrefix(string symbol, out string prefix, out string atom)
    {
        prefix = string.Empty;
        atom = symbol;
        if (UcumAtoms.ByCode.ContainsKey(symbol))
        {
            return true;
        }

        foreach (var length in (ReadOnlySpan<int>)[2, 1])
        {
            if (symbol.Length > length
                && UcumAtoms.Prefixes.ContainsKey(symbol[..length])
                && UcumAtoms.ByCode.TryGetValue(symbol[length..], out var found)
                && found.IsMetric)
            {
                prefix = symbol[..length];
                atom = symbol[length..];
                return true;
            }
        }

        return false;
    }
}
