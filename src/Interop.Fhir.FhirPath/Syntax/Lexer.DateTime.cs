namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>
/// Date, date-time and time literals. Like the grammar's lexer, each part is taken only when complete
/// (<c>@2015-2</c> is <c>@2015 - 2</c>); a literal directly followed by a letter, digit or colon is malformed.
/// </summary>
internal sealed partial class Lexer
{
    private Token DateOrTime(int start)
    {
        TokenKind kind;
        var index = start + 1;
        if (At(index) == 'T')
        {
            // The grammar gives a time no zone, but the official suite classifies @T14:34:28Z as an evaluation
            // error, so the zone is taken here and the compiler rejects it.
            index = TimeZone(TimeOfDay(index + 1, start));
            kind = TokenKind.Time;
        }
        else
        {
            index = DatePart(index, start);
            kind = TokenKind.Date;
            if (At(index) == 'T')
            {
                kind = TokenKind.DateTime;
                index++;
                if (Digits(index, 2))
                {
                    index = TimeZone(TimeOfDay(index, start));
                }
            }
        }

        if (IsIdentifierPart(At(index)) || At(index) == ':')
        {
            throw Malformed(start);
        }

        Position = index;
        return new Token(kind, start, index - start);
    }

    /// <summary>YYYY, then -MM, then -DD, each only when complete.</summary>
    private int DatePart(int index, int start)
    {
        if (!Digits(index, 4))
        {
            throw Malformed(start);
        }

        index += 4;
        for (var part = 0; part < 2 && At(index) == '-' && Digits(index + 1, 2); part++)
        {
            index += 3;
        }

        return index;
    }

    /// <summary>hh, then :mm, then :ss, then .fff, each only when complete.</summary>
    private int TimeOfDay(int index, int start)
    {
        if (!Digits(index, 2))
        {
            throw Malformed(start);
        }

        index += 2;
        for (var part = 0; part < 2 && At(index) == ':' && Digits(index + 1, 2); part++)
        {
            index += 3;
            if (part == 1 && At(index) == '.' && char.IsAsciiDigit(At(index + 1)))
            {
                index = SkipDigits(index + 1);
            }
        }

        return index;
    }

    /// <summary>Z or ±hh:mm when complete; otherwise nothing (<c>@2015-02-04T10:00+1</c> adds 1).</summary>
    private int TimeZone(int index)
    {
        if (At(index) == 'Z')
        {
            return index + 1;
        }

        return At(index) is '+' or '-' && Digits(index + 1, 2) && At(index + 3) == ':' && Digits(index + 4, 2)
            ? index + 6
            : index;
    }

    private bool Digits(int index, int count)
    {
        for (var offset = 0; offset < count; offset++)
        {
            if (!char.IsAsciiDigit(At(index + offset)))
            {
                return false;
            }
        }

        return true;
    }

    private static FhirPathException Malformed(int start) => new(
        FhirPathErrorCodes.InvalidDateTimeLiteral,
        "A date, date-time or time literal must read @YYYY[-MM[-DD]][T[hh[:mm[:ss[.fff]]]][Z|±hh:mm]] or @Thh[:mm[:ss[.fff]]].",
        start);
}
