namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>The three ways of testing items against a type.</summary>
internal enum TypeTest
{
    /// <summary><c>ofType(T)</c>: the items of type T.</summary>
    OfType,

    /// <summary><c>is T</c>: whether the single item is of type T.</summary>
    Is,

    /// <summary><c>as T</c>: the items of type T, or empty.</summary>
    As,
}
