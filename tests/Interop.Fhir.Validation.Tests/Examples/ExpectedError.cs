namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>An error an example really has: the example's file, the code and expression, and why the error is right.</summary>
/// <param name="Example">The example's file name.</param>
/// <param name="Code">The stable code (<c>VAL190</c>, <c>XML110</c>).</param>
/// <param name="Expression">The FHIRPath expression of where the issue is.</param>
/// <param name="Reason">Why the example is wrong there, in one line.</param>
internal sealed record ExpectedError(string Example, string Code, string Expression, string Reason)
{
    /// <summary>The code and expression as one comparable string (<c>VAL190@Patient.identifier[0].value</c>).</summary>
    public string Key => $"{Code}@{Expression}";
}
