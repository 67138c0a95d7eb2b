namespace Interop.Fhir.FhirPath.Syntax;

/// <summary>Parses FHIRPath (N1) text into a <see cref="SyntaxNode"/> tree; problems throw <see cref="FhirPathException"/> with an FP1xx code and position.</summary>
public static class FhirPathParser
{
    /// <summary>How deep a tree, or nesting of brackets, may go unless another limit is given.</summary>
    public const int DefaultMaxDepth = 200;

    /// <summary>Parses an expression, allowing <see cref="DefaultMaxDepth"/> levels of nesting.</summary>
    public static SyntaxNode Parse(string expression) => Parse(expression, DefaultMaxDepth);

    /// <summary>Parses an expression whose tree and bracket nesting may be at most <paramref name="maxDepth"/> deep (FP108 beyond).</summary>
    public static SyntaxNode Parse(string expression, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        return new Parser(expression, maxDepth).ParseEntire();
    }
}
