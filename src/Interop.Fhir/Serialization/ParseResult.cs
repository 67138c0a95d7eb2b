namespace Interop.Fhir.Serialization;

/// <summary>What a parser made of its input: the resource as far as it could be read, and every problem found.</summary>
public sealed class ParseResult
{
    internal ParseResult(Base? resource, IReadOnlyList<ParseIssue> issues, SourcePositions? positions = null)
    {
        Resource = resource;
        Issues = issues;
        Positions = positions;
    }

    /// <summary>The parsed resource; partial when errors were found, null when nothing could be read.</summary>
    public Base? Resource { get; }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ParseIssue> Issues { get; }

    /// <summary>Where each element started in the text, when the parser was asked to track positions; else null.</summary>
    public SourcePositions? Positions { get; }

    /// <summary>Whether any issue is an error or fatal.</summary>
    public bool HasErrors => Issues.Any(i => i.IsError);

    /// <summary>The resource as <typeparamref name="T"/>, or null when it is absent or of another type.</summary>
    public T? ResourceAs<T>()
        where T : Base => Resource as T;
}
