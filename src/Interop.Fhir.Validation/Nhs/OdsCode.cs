namespace Interop.Fhir.Validation.Nhs;

/// <summary>ODS organisation codes: 3 to 6 upper-case letters and digits (trusts 3, pharmacies 5 from F, GP practices a letter and 5 digits).</summary>
public static class OdsCode
{
    /// <summary>Whether <paramref name="system"/> is the ODS organisation code system (some senders write <c>/id/</c> in lower case).</summary>
    public static bool IsOdsSystem(string? system) =>
        string.Equals(system, "https://fhir.nhs.uk/Id/ods-organization-code", StringComparison.OrdinalIgnoreCase)
        || string.Equals(system, "https://fhir.nhs.uk/Id/ods-organization", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="value"/> has the form of an ODS organisation code (<c>V81999</c>, GP not known, included).</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length is < 3 or > 6)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
