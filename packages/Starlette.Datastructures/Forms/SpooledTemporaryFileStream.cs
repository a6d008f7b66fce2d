namespace Starlette.Datastructures;

/// <summary>
/// A read/write stream kept in memory until it grows past <see cref="MaxMemorySize"/>, then moved to a temporary
/// file (Python's <c>SpooledTemporaryFile</c>, which upstream's multipart parser puts behind each
/// <see cref="UploadFile"/>). The temporary file is created readable only by the current user and deleted when the
/// stream is disposed (<see cref="FileOptions.DeleteOnClose"/>).
/// </summary>
public sealed class SpooledTemporaryFileStream : Stream
{
    /// <summary>The default <see cref="MaxMemorySize"/>: 1 MiB, upstream's multipart spool size.</summary>
    public const int DefaultMaxMemorySize = 1024 * 1024;

    private readonly string? _directory;
    private MemoryStream? _memory = new();
    private FileStream? _file;
    private bool _disposed;

    /// <summary>Creates an empty stream.</summary>
    /// <param name="maxMemorySize">How many bytes may be kept in memory; writing past it moves the content to a
    /// temporary file. 0 keeps everything in memory.</param>
    /// <param name="directory">Where to create the temporary file; default <see cref="Path.GetTempPath"/>.</param>
    public SpooledTemporaryFileStream(int maxMemorySize = DefaultMaxMemorySize, string? directory = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxMemorySize);
        MaxMemorySize = maxMemorySize;
        _directory = directory;
    }

    /// <summary>How many bytes may be kept in memory before the content moves to a file; 0 means no limit.</summary>
    public int MaxMemorySize { get; }

    /// <summary>Whether the content has moved to a temporary file (Python's <c>_rolled</c>).</summary>
    public bool IsRolledToDisk => _file is not null;

    /// <inheritdoc />
    public override bool CanRead => !_disposed;

    /// <inheritdoc />
    public override bool CanSeek => !_disposed;

    /// <inheritdoc />
    public override bool CanWrite => !_disposed;

    /// <inheritdoc />
    public override long Length => Current.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => Current.Position;
        set => Current.Position = value;
    }

    private Stream Current
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return (Stream?)_file ?? _memory!;
        }
    }

    /// <summary>Moves the content to a temporary file now, if it is not there yet (Python's <c>rollover</c>).</summary>
    public void RollOver()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_file is not null) return;
        var file = CreateFile();
        try
        {
            var memory = _memory!;
            file.Write(memory.GetBuffer(), 0, (int)memory.Length);
            file.Position = memory.Position;
        }
        catch
        {
            file.Dispose();
            throw;
        }

        Switch(file);
    }

    /// <summary>Moves the content to a temporary file now, if it is not there yet, writing asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the move.</param>
    /// <returns>A task that completes when the content is on disk.</returns>
    public async ValueTask RollOverAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_file is not null) return;
        var file = CreateFile();
        try
        {
            var memory = _memory!;
            await file.WriteAsync(memory.GetBuffer().AsMemory(0, (int)memory.Length), cancellationToken).ConfigureAwait(false);
            file.Position = memory.Position;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        Switch(file);
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Current.Read(buffer, offset, count);

    /// <inheritdoc />
    public override int Read(Span<byte> buffer) => Current.Read(buffer);

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Current.ReadAsync(buffer, offset, count, cancellationToken);

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Current.ReadAsync(buffer, cancellationToken);

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        Write(buffer.AsSpan(offset, count));
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (WillRoll(buffer.Length)) RollOver();
        Current.Write(buffer);
    }

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (WillRoll(buffer.Length)) await RollOverAsync(cancellationToken).ConfigureAwait(false);
        await Current.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => Current.Seek(offset, origin);

    /// <inheritdoc />
    public override void SetLength(long value)
    {
        // Python's truncate(size) rolls over first when the size is past the limit.
        if (_file is null && MaxMemorySize > 0 && value > MaxMemorySize) RollOver();
        Current.SetLength(value);
    }

    /// <inheritdoc />
    public override void Flush() => Current.Flush();

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => Current.FlushAsync(cancellationToken);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _file?.Dispose();
            _memory?.Dispose();
            _file = null;
            _memory = null;
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            if (_file is not null) await _file.DisposeAsync().ConfigureAwait(false);
            _memory?.Dispose();
            _file = null;
            _memory = null;
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    // Python checks after writing whether the position passed the limit; checking before writing lands the same bytes on disk.
    private bool WillRoll(int count)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _file is null && MaxMemorySize > 0 && _memory!.Position + count > MaxMemorySize;
    }

    private void Switch(FileStream file)
    {
        _memory!.Dispose();
        _memory = null;
        _file = file;
    }

    private FileStream CreateFile()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var path = System.IO.Path.Combine(_directory ?? System.IO.Path.GetTempPath(), "starlette-" + System.IO.Path.GetRandomFileName());
        return new FileStream(path, options);
    }
}
