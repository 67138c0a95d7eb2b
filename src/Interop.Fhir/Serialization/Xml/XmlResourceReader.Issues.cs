using System.Xml;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Issue reporting: messages name elements and types, never values, which may be patient data.</summary>
internal sealed partial class XmlResourceReader
{
    private void Error(string code, IssueType type, string message, string? path) =>
        Report(code, IssueSeverity.Error, type, message, path);

    /// <summary>Reports what lenient mode accepts with a warning and strict mode refuses.</summary>
    private void Lenient(string code, IssueType type, string message, string? path) =>
        Report(code, _options.Strict ? IssueSeverity.Error : IssueSeverity.Warning, type, message, path);

    private void Fatal(string code, IssueType type, string message)
    {
        Report(code, IssueSeverity.Fatal, type, message, _path.Current);
        _stopped = true;
    }

    private void Report(string code, IssueSeverity severity, IssueType type, string message, string? path)
    {
        var position = (IXmlLineInfo)_reader;
        var known = position.HasLineInfo();
        AddIssue(code, severity, type, message, path, known ? position.LineNumber : null, known ? position.LinePosition : null);
    }

    private void AddIssue(string code, IssueSeverity severity, IssueType type, string message, string? path, long? line, long? column) =>
        _issues.Add(new ParseIssue(code, severity, type, message, path, line, column));
}
