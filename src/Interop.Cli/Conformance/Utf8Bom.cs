namespace Interop.Cli.Conformance;

/// <summary>Removes a leading UTF-8 byte order mark, which the JSON reader refuses and some example files carry.</summary>
internal static class Utf8Bom
{
    /// <summary>The content without a leading byte order mark.</summary>
    public static ReadOnlySpan<byte> Strip(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;

    /// <summary>The content without a leading byte order mark.</summary>
    public static ReadOnlyMemory<byte> Strip(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
}
