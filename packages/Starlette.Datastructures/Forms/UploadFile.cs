using System.Globalization;

namespace Starlette.Datastructures;

/// <summary>
/// A file uploaded in a form (upstream's <c>UploadFile</c>): its content in a <see cref="File"/> stream, usually a
/// <see cref="SpooledTemporaryFileStream"/>, but any readable, seekable stream works, as upstream accepts any file
/// object. <see cref="CloseAsync"/> (or disposing) closes the stream, which deletes a temporary file behind it.
/// </summary>
public sealed class UploadFile : IAsyncDisposable, IPythonRepr
{
    /// <summary>Wraps a stream.</summary>
    /// <param name="file">The content; read and written at its current position.</param>
    /// <param name="size">The content's size in bytes when known; <see cref="WriteAsync"/> adds to it, and an unknown
    /// (<see langword="null"/>) size stays unknown.</param>
    /// <param name="filename">The file name the client gave, if any.</param>
    /// <param name="headers">The part's headers; default none.</param>
    public UploadFile(Stream file, long? size = null, string? filename = null, Headers? headers = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
        Size = size;
        Filename = filename;
        Headers = headers ?? new Headers();
    }

    /// <summary>The content stream.</summary>
    public Stream File { get; }

    /// <summary>The file name the client gave, or <see langword="null"/>.</summary>
    public string? Filename { get; }

    /// <summary>The size in bytes, or <see langword="null"/> when unknown.</summary>
    public long? Size { get; private set; }

    /// <summary>The part's headers.</summary>
    public Headers Headers { get; }

    /// <summary>The <c>content-type</c> header, or <see langword="null"/>.</summary>
    public string? ContentType => Headers.Get("content-type");

    /// <summary>Writes bytes at the current position, adding their count to <see cref="Size"/> when it is known.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (Size is long size) Size = size + data.Length;
        return File.WriteAsync(data, cancellationToken);
    }

    /// <summary>Reads up to <paramref name="size"/> bytes from the current position, fewer only at the end;
    /// with a negative size (the default), everything up to the end.</summary>
    /// <param name="size">How many bytes to read; negative for all that remain.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes read; empty at the end.</returns>
    public async ValueTask<byte[]> ReadAsync(int size = -1, CancellationToken cancellationToken = default)
    {
        if (size < 0)
        {
            if (!File.CanSeek)
            {
                using var copy = new MemoryStream();
                await File.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                return copy.ToArray();
            }

            var remaining = File.Length - File.Position;
            if (remaining > Array.MaxLength) throw new InvalidOperationException("The file is too large to read into one array.");
            size = (int)Math.Max(0, remaining);
        }

        if (size == 0) return [];
        var buffer = new byte[size];
        var read = await File.ReadAtLeastAsync(buffer, size, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return read == size ? buffer : buffer[..read];
    }

    /// <summary>Reads bytes from the current position into a buffer, without allocating.</summary>
    /// <param name="buffer">Where to put the bytes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>How many bytes were read; 0 at the end.</returns>
    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        File.ReadAsync(buffer, cancellationToken);

    /// <summary>Moves to a position, counted from the start.</summary>
    /// <param name="offset">The position.</param>
    /// <param name="cancellationToken">Unused: seeking does not wait; kept for symmetry with the other operations.</param>
    /// <returns>A completed task.</returns>
    public ValueTask SeekAsync(long offset, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        File.Seek(offset, SeekOrigin.Begin);
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes the stream, deleting a temporary file behind it.</summary>
    /// <returns>A task that completes when closed.</returns>
    public ValueTask CloseAsync() => File.DisposeAsync();

    /// <summary>Closes the stream, as <see cref="CloseAsync"/>.</summary>
    /// <returns>A task that completes when closed.</returns>
    public ValueTask DisposeAsync() => CloseAsync();

    /// <summary>Describes the file as upstream's <c>repr</c> does: <c>UploadFile(filename='a.txt', size=4, headers=Headers({}))</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"UploadFile(filename={PythonRepr.Quote(Filename)}, size={(Size is long size ? size.ToString(CultureInfo.InvariantCulture) : "None")}, headers={Headers})";

    string IPythonRepr.ToPythonRepr() => ToString();
}
