using Microsoft.Extensions.Logging;

namespace Interop.Functions.Tests.Support;

/// <summary>One log entry: <paramref name="Text"/> is the formatted message followed by the exception's text.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Text);
