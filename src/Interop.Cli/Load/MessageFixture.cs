using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Interop.Cli.Load;

/// <summary>
/// A message to send many times: each copy gets a new MessageHeader.id and Bundle.identifier.value, spliced into the
/// original text in place of the old values, so every other byte (layout, comments, the patient) stays as it was.
/// </summary>
internal sealed class MessageFixture
{
    /// <summary>The FHIR XML media type.</summary>
    public const string XmlMediaType = "application/fhir+xml";

    /// <summary>The FHIR JSON media type.</summary>
    public const string JsonMediaType = "application/fhir+json";

    private readonly byte[] content;
    private readonly ByteSpan first;
    private readonly ByteSpan second;
    private readonly bool headerIdFirst;

    private MessageFixture(byte[] content, FixtureIds ids, string mediaType)
    {
        this.content = content;
        MediaType = mediaType;
        headerIdFirst = ids.MessageHeaderId.Offset < ids.BundleIdentifier.Offset;
        (first, second) = headerIdFirst ? (ids.MessageHeaderId, ids.BundleIdentifier) : (ids.BundleIdentifier, ids.MessageHeaderId);
    }

    /// <summary>The media type to send copies with, from the fixture's first character.</summary>
    public string MediaType { get; }

    /// <summary>Reads <paramref name="content"/> as a FHIR message in XML or JSON; false with <paramref name="error"/> when its ids cannot be found.</summary>
    public static bool TryCreate(byte[] content, [NotNullWhen(true)] out MessageFixture? fixture, out string? error)
    {
        fixture = null;
        var text = content.AsSpan();
        text = text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        var isXml = start >= 0 && text[start] == (byte)'<';
        var isJson = start >= 0 && text[start] == (byte)'{';
        if (!isXml && !isJson)
        {
            error = "neither XML nor JSON";
            return false;
        }

        var preamble = content.Length - text.Length;
        var found = isXml ? XmlFixtureIds.TryFind(text, out var ids, out error) : JsonFixtureIds.TryFind(text, out ids, out error);
        if (!found)
        {
            return false;
        }

        var shifted = new FixtureIds(Shift(ids.MessageHeaderId, preamble), Shift(ids.BundleIdentifier, preamble));
        if (Overlap(shifted.MessageHeaderId, shifted.BundleIdentifier))
        {
            error = "MessageHeader.id and Bundle.identifier.value overlap";
            return false;
        }

        fixture = new MessageFixture(content, shifted, isXml ? XmlMediaType : JsonMediaType);
        return true;
    }

    /// <summary>A copy with <paramref name="messageHeaderId"/> and <paramref name="bundleIdentifier"/> in place of the fixture's values.</summary>
    public byte[] Render(string messageHeaderId, string bundleIdentifier)
    {
        var (firstValue, secondValue) = headerIdFirst ? (messageHeaderId, bundleIdentifier) : (bundleIdentifier, messageHeaderId);
        var firstLength = Encoding.UTF8.GetByteCount(firstValue);
        var secondLength = Encoding.UTF8.GetByteCount(secondValue);
        var copy = new byte[content.Length - first.Length - second.Length + firstLength + secondLength];
        var source = content.AsSpan();
        var at = Copy(source[..first.Offset], copy, 0);
        at += Encoding.UTF8.GetBytes(firstValue, copy.AsSpan(at));
        at += Copy(source[(first.Offset + first.Length)..second.Offset], copy, at);
        at += Encoding.UTF8.GetBytes(secondValue, copy.AsSpan(at));
        Copy(source[(second.Offset + second.Length)..], copy, at);
        return copy;
    }

    private static int Copy(ReadOnlySpan<byte> from, byte[] to, int at)
    {
        from.CopyTo(to.AsSpan(at));
        return from.Length;
    }

    private static ByteSpan Shift(ByteSpan span, int by) => span with { Offset = span.Offset + by };

    private static bool Overlap(ByteSpan a, ByteSpan b) => a.Offset < b.Offset + b.Length && b.Offset < a.Offset + a.Length;
}
