namespace Interop.Functions.Tests.Limits;

/// <summary>A body sent without Content-Length, as a chunked upload is, so only reading it reveals its size.</summary>
internal sealed class UnknownLengthContent(int length) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
        stream.WriteAsync(new byte[length]).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
