using System.IO.Compression;

namespace Starlette.Middleware.GZip.Internal;

/// <summary>
/// Compresses one response body, chunk by chunk, into a pooled buffer (upstream's <c>GzipFile</c> over a
/// <c>BytesIO</c>). A chunk that is not the last is flushed, so the client can decode everything sent so far.
/// </summary>
internal sealed class ResponseCompressor : IDisposable
{
    /// <summary>An empty gzip member, for a body that never had a byte (a gzip stream given no input writes nothing).</summary>
    private static readonly byte[] EmptyGZip = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

    private readonly PooledBufferStream _output;
    private readonly Stream _encoder;
    private readonly bool _gzip;
    private bool _wroteAny;
    private bool _finished;

    public ResponseCompressor(ContentCoding coding, CompressionSettings settings, int sizeHint)
    {
        _output = new PooledBufferStream(sizeHint);
        _gzip = coding == ContentCoding.GZip;
        _encoder = _gzip
            ? new GZipStream(_output, new ZLibCompressionOptions { CompressionLevel = settings.CompressLevel }, leaveOpen: true)
            : new BrotliStream(_output, new BrotliCompressionOptions { Quality = settings.BrotliQuality }, leaveOpen: true);
    }

    /// <summary>
    /// Compresses <paramref name="chunk"/>; the last chunk also finishes the stream. The result stays valid until
    /// the next call (or <see cref="Dispose"/>).
    /// </summary>
    public ReadOnlyMemory<byte> Compress(ReadOnlySpan<byte> chunk, bool last)
    {
        _output.Reset();
        if (!chunk.IsEmpty)
        {
            _encoder.Write(chunk);
            _wroteAny = true;
        }

        if (!last)
        {
            _encoder.Flush();
            return _output.WrittenMemory;
        }

        _finished = true;
        _encoder.Dispose();
        if (!_wroteAny && _gzip && _output.Length == 0) _output.Write(EmptyGZip);
        return _output.WrittenMemory;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            // The app stopped mid-body: drop what the encoder still holds, without writing it anywhere useful.
            _finished = true;
            _encoder.Dispose();
        }

        _output.Dispose();
    }
}
