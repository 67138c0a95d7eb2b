using Microsoft.Extensions.Logging;

namespace Interop.Testing;

/// <summary>One log entry: <paramref name="Text"/> is the formatted message followed by the exception's text.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Text);
