using Starlette.Datastructures;

namespace Starlette.Requests;

/// <summary>
/// Parses a <c>multipart/form-data</c> request body as it streams in (upstream's <c>MultiPartParser</c>). Text
/// parts become strings decoded with the <c>Content-Type</c>'s charset (UTF-8 by default, Latin-1 when that fails);
/// file parts (those with a <c>filename</c>) become <see cref="UploadFile"/>s over a
/// <see cref="SpooledTemporaryFileStream"/>, rewound to their start. <see cref="FormParserOptions.MaxFiles"/>,
/// <see cref="FormParserOptions.MaxFields"/> and <see cref="FormParserOptions.MaxPartSize"/> (text parts only) apply.
/// </summary>
/// <example>
/// <code>
/// await using FormData form = await MultiPartParser.ParseAsync(new Headers(scope), body);
/// if (form.Get("avatar").File is { } upload) await upload.File.CopyToAsync(destination);
/// </code>
/// </example>
public static class MultiPartParser
{
    /// <summary>Reads the whole body and parses it.</summary>
    /// <param name="headers">The request headers: <c>Content-Type</c> gives the boundary and the charset.</param>
    /// <param name="body">The body's chunks, in order; each chunk is read before the next is requested. A boundary
    /// may be split across chunks anywhere.</param>
    /// <param name="options">The limits and file storage; default <see cref="FormParserOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the body and writing files.</param>
    /// <returns>The fields and files, in order. Dispose it to delete the files' temporary storage.</returns>
    /// <exception cref="MultiPartException">The boundary is missing, a limit was exceeded or the body is malformed;
    /// the message is upstream's where upstream has one. Whatever the error (this one, an I/O error, cancellation),
    /// every file created so far has been closed and its temporary file deleted.</exception>
    public static async ValueTask<FormData> ParseAsync(
        Headers headers,
        IAsyncEnumerable<ReadOnlyMemory<byte>> body,
        FormParserOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(body);
        using var parser = MultiPartFormParser.Create(headers, options ?? FormParserOptions.Default);
        return await parser.ParseAsync(body, cancellationToken).ConfigureAwait(false);
    }
}
