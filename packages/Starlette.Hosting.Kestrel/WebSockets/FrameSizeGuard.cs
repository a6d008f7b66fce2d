namespace Starlette.Hosting.Kestrel;

/// <summary>
/// The upgraded connection under a server WebSocket, reading each client frame's header as it passes: a frame
/// announcing more than the size limit closes the socket with 1009 from its header alone (as uvicorn's
/// <c>--ws-max-size</c>), instead of waiting for a payload that may never come.
/// </summary>
internal sealed class FrameSizeGuard(Stream inner, long maxFrameSize, OpenWebSocket owner) : Stream
{
    private readonly byte[] _header = new byte[14];
    private int _headerLength;
    private long _payloadLeft;
    private bool _exceeded;

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_exceeded)
        {
            await owner.SendCloseAsync(Types.Status.Ws1009MessageTooBig).ConfigureAwait(false);
            return 0; // the socket ends here; the payload is never read
        }

        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Inspect(buffer.Span[..read]);
        return read;
    }

    // The WebSocket reads and writes through the Memory overloads; the array ones (the base Stream's asynchronous
    // ones included) end in these.
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    // Follows the frames through the bytes read: skips payloads, collects each header (2 to 14 bytes).
    private void Inspect(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty && !_exceeded)
        {
            if (_payloadLeft > 0)
            {
                var skip = (int)Math.Min(_payloadLeft, data.Length);
                _payloadLeft -= skip;
                data = data[skip..];
                continue;
            }

            _header[_headerLength++] = data[0];
            data = data[1..];
            if (_headerLength < 2 || _headerLength < HeaderSize(_header[1])) continue;
            var length = PayloadLength(_header);
            _headerLength = 0;
            if (length > (ulong)maxFrameSize) _exceeded = true;
            else _payloadLeft = (long)length;
        }
    }

    private static int HeaderSize(byte second) =>
        2 + ((second & 0x7F) switch { 126 => 2, 127 => 8, _ => 0 }) + ((second & 0x80) != 0 ? 4 : 0);

    private static ulong PayloadLength(ReadOnlySpan<byte> header) => (header[1] & 0x7F) switch
    {
        126 => System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(header[2..]),
        127 => System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(header[2..]),
        var small => (ulong)small,
    };
}
