namespace Interop.Fhir.FhirPath.Functions;

/// <summary>What the compiler can know of a function's result when it checks an expression in strict mode.</summary>
internal enum ResultType
{
    /// <summary>Nothing known: any type.</summary>
    Unknown,

    /// <summary>Items of the input (a subset, reordered or repeated): the input's types.</summary>
    Input,

    /// <summary>System.Boolean.</summary>
    Boolean,

    /// <summary>System.Integer.</summary>
    Integer,

    /// <summary>System.String.</summary>
    String,

    /// <summary>Items in no defined order (<c>children()</c>, <c>descendants()</c>).</summary>
    Unordered,
}
