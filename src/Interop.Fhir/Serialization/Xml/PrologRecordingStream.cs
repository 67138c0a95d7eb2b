using System.Text;

namespace Interop.Fhir.Serialization.Xml;

/// <summary>Passes a stream through while keeping its first bytes, so the parser can tell what the XML reader will not.</summary>
/// <remarks>
/// The XML reader reports a prohibited DTD only as an exception like any other syntax error, and does not say
/// which encoding a byte order mark chose; both are answered from the bytes read before the root element.
/// </remarks>
internal sealed class PrologRecordingStream : Stream
{
    // A prolog longer than this is itself suspect; a DTD behind it is then reported as malformed XML, still fatal.
    private const int Limit = 64 * 1024;

    private static readonly byte[][] DoctypeMarkers =
    [
        "<!DOCTYPE"u8.ToArray(),
        Encoding.Unicode.GetBytes("<!DOCTYPE"),
        Encoding.BigEndianUnicode.GetBytes("<!DOCTYPE"),
    ];

    private readonly Stream _inner;
    private byte[]? _recorded = new byte[4096];
    private int _length;

    public PrologRecordingStream(Stream inner) => _inner = inner;

    /// <summary>Whether the bytes start with a UTF-16 or UTF-32 byte order mark.</summary>
    public bool StartsWithNonUtf8ByteOrderMark
    {
        get
        {
            var head = Recorded;
            return head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
                || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
        }
    }

    /// <summary>Whether the recorded bytes hold a document type declaration.</summary>
    public bool HasDoctype
    {
        get
        {
            var head = Recorded;
            foreach (var marker in DoctypeMarkers)
            {
                if (head.IndexOf(marker) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    private ReadOnlySpan<byte> Recorded => _recorded.AsSpan(0, _length);

    /// <summary>Stops keeping bytes once the root element is reached and frees what was kept.</summary>
    public void StopRecording()
    {
        _recorded = null;
        _length = 0;
    }

    public override int Read(Span<byte> buffer)
    {
        var count = _inner.Read(buffer);
        Record(buffer[..count]);
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Record(ReadOnlySpan<byte> bytes)
    {
        if (_recorded is null || _length >= Limit)
        {
            return;
        }

        var take = Math.Min(bytes.Length, Limit - _length);
        if (_length + take > _recorded.Length)
        {
            Array.Resize(ref _recorded, Math.Min(Limit, Math.Max(_recorded.Length * 2, _length + take)));
        }

        bytes[..take].CopyTo(_recorded.AsSpan(_length));
        _length += take;
    }
}
