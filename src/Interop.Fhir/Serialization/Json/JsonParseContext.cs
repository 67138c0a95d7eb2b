using System.Buffers;
using System.Text.Json;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Serialization.Json;

/// <summary>The state of one JSON parse: the options, the path and the issues found so far.</summary>
internal sealed class JsonParseContext(ModelInfo model, FhirParserOptions options, ArraySegment<byte> input)
{
    // Where strings with escapes are unescaped to be checked; rented, and returned when the parse completes.
    private byte[] _scratch = [];

    // Issues keep the byte offset where they were found; lines and columns are worked out once at the end.
    private readonly List<(ParseIssue Issue, long Offset)> _issues = [];

    // Where elements start, likewise as byte offsets, in document order; null unless asked for, so that parsing
    // without positions pays one null check per element.
    private readonly List<(Base Element, long Offset, bool IsUnderscoreObject)>? _starts = options.TrackPositions ? [] : null;

    public ModelInfo Model { get; } = model;

    public FhirParserOptions Options { get; } = options;

    /// <summary>The root resource once created, so a parse that stops half-way still returns what it read.</summary>
    public Base? Root { get; set; }

    public ParsePath Path { get; } = new();

    /// <summary>The JSON being read; nobody else changes it, so primitives keep slices of it.</summary>
    public ArraySegment<byte> Input { get; } = input;

    /// <summary>The unescaped value of the string token <paramref name="reader"/> is on, in a buffer that the next call reuses.</summary>
    public ReadOnlySpan<byte> Unescape(ref Utf8JsonReader reader)
    {
        // Unescaping never lengthens a string, so the escaped length is room enough.
        var length = reader.ValueSpan.Length;
        if (_scratch.Length < length)
        {
            ReturnScratch();
            _scratch = ArrayPool<byte>.Shared.Rent(length);
        }

        return _scratch.AsSpan(0, reader.CopyString(_scratch));
    }

    /// <summary>Reports an issue found at byte <paramref name="offset"/> of the input.</summary>
    public void Report(string code, IssueSeverity severity, IssueType type, string message, long offset) =>
        _issues.Add((new ParseIssue(code, severity, type, message, Path.ToString(), null, null), offset));

    /// <summary>Reports an issue that is an error in strict mode and a warning otherwise.</summary>
    public void ReportStrict(string code, IssueType type, string message, long offset) =>
        Report(code, Options.Strict ? IssueSeverity.Error : IssueSeverity.Warning, type, message, offset);

    /// <summary>Records that <paramref name="element"/> (an object, or a primitive's value) starts at byte <paramref name="offset"/>.</summary>
    public void MarkStart(Base element, long offset) => _starts?.Add((element, offset, false));

    /// <summary>Records that the <c>_name</c> object of <paramref name="primitive"/> starts at <paramref name="offset"/>; its value, if any, wins.</summary>
    public void MarkExtensionsStart(Base primitive, long offset) => _starts?.Add((primitive, offset, true));

    /// <summary>Records a fatal issue at a known line and column, and returns the exception that stops the parse.</summary>
    public JsonParseAbortedException Fatal(string code, IssueType type, string message, long line, long column)
    {
        _issues.Add((new ParseIssue(code, IssueSeverity.Fatal, type, message, Path.ToString(), line, column), -1));
        return new JsonParseAbortedException();
    }

    /// <summary>Records a fatal issue at byte <paramref name="offset"/>, and returns the exception that stops the parse.</summary>
    public JsonParseAbortedException Fatal(string code, IssueType type, string message, long offset)
    {
        Report(code, IssueSeverity.Fatal, type, message, offset);
        return new JsonParseAbortedException();
    }

    /// <summary>The result: the root, and the issues and positions with 1-based lines and columns resolved against the input.</summary>
    public ParseResult Complete()
    {
        ReturnScratch();
        var input = Input.AsSpan();
        var issues = new List<ParseIssue>(_issues.Count);
        var cursor = new Utf8LineCursor(input);
        foreach (var (issue, offset) in _issues)
        {
            if (offset < 0)
            {
                issues.Add(issue);
                continue;
            }

            var (line, column) = cursor.MoveTo(offset);
            issues.Add(issue with { Line = line, Column = column });
        }

        return new ParseResult(Root, issues, CompletePositions(input));
    }

    private void ReturnScratch()
    {
        if (_scratch.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
            _scratch = [];
        }
    }

    private SourcePositions? CompletePositions(ReadOnlySpan<byte> input)
    {
        if (_starts is null)
        {
            return null;
        }

        var positions = new SourcePositions(_starts.Count);
        var cursor = new Utf8LineCursor(input);
        foreach (var (element, offset, isUnderscoreObject) in _starts)
        {
            var (line, column) = cursor.MoveTo(offset);
            if (isUnderscoreObject)
            {
                positions.TryAdd(element, line, column);
            }
            else
            {
                positions.Add(element, line, column);
            }
        }

        return positions;
    }
}
