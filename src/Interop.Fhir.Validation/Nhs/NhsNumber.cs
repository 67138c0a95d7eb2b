namespace Interop.Fhir.Validation.Nhs;

/// <summary>NHS numbers: ten digits, the last a Modulus 11 check digit over the first nine (weights 10 down to 2).</summary>
public static class NhsNumber
{
    /// <summary>The identifier system of NHS numbers.</summary>
    public const string System = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>Whether <paramref name="value"/> is ten digits whose check digit is right.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            if (i < 9)
            {
                sum += (value[i] - '0') * (10 - i);
            }
        }

        // 11 - (sum mod 11): 11 means a check digit of 0, and 10 means no valid number has these nine digits.
        var check = 11 - (sum % 11);
        return check switch
        {
            11 => value[9] == '0',
            10 => false,
            _ => value[9] - '0' == check,
        };
    }
}
