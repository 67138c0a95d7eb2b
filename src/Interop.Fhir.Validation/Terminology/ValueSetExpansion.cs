namespace Interop.Fhir.Validation.Terminology;

/// <summary>
/// A value set's codes as far as the loaded packages define them. When part of it draws on a code system the engine cannot
/// expand, the codes found are still members, and a code not found is not expandable rather than not a member.
/// </summary>
internal sealed class ValueSetExpansion
{
    private readonly CodeCheck whenAbsent;

    private ValueSetExpansion(CodeSet codes, CodeCheck whenAbsent)
    {
        Codes = codes;
        this.whenAbsent = whenAbsent;
    }

    /// <summary>No loaded package has the value set.</summary>
    public static ValueSetExpansion Unknown { get; } = new(CodeSet.Empty, CodeCheck.UnknownValueSet);

    /// <summary>Nothing of the value set can be expanded.</summary>
    public static ValueSetExpansion Unexpandable { get; } = new(CodeSet.Empty, CodeCheck.NotExpandable);

    /// <summary>The codes known to be in the value set; never changed once built.</summary>
    public CodeSet Codes { get; }

    /// <summary>Whether <see cref="Codes"/> is the whole value set.</summary>
    public bool IsComplete => whenAbsent == CodeCheck.NotMember;

    /// <summary>The value set's codes; <paramref name="isComplete"/> says whether they are all of it.</summary>
    public static ValueSetExpansion Of(CodeSet codes, bool isComplete) => new(codes, isComplete ? CodeCheck.NotMember : CodeCheck.NotExpandable);

    /// <summary>Whether the code (in <paramref name="system"/>, or in any system when null) is in the value set.</summary>
    public CodeCheck Check(string? system, string code) => Codes.Contains(system, code) ? CodeCheck.Member : whenAbsent;
}
