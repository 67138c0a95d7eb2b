namespace Interop.Fhir.FhirPath;

/// <summary>A FHIRPath expression could not be parsed, compiled or evaluated; <see cref="Code"/> is stable.</summary>
public sealed class FhirPathException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FhirPathException(string code, string message, int position = -1)
        : base(position >= 0 ? $"{code} at {position}: {message}" : $"{code}: {message}")
    {
        Code = code;
        Position = position;
    }

    /// <summary>A stable code from <see cref="FhirPathErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The zero-based offset in the expression text, or -1 when the problem has no place.</summary>
    public int Position { get; }

    /// <summary>Whether the problem is one of syntax, meaning or evaluation.</summary>
    public FhirPathErrorKind Kind => FhirPathErrorCodes.KindOf(Code);
}
