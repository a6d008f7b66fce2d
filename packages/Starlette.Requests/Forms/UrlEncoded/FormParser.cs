using Starlette.Datastructures;

namespace Starlette.Requests;

/// <summary>
/// Parses an <c>application/x-www-form-urlencoded</c> request body as it streams in (upstream's
/// <c>FormParser</c>): <c>+</c> is a space, <c>%XX</c> escapes are UTF-8, and
/// <see cref="FormParserOptions.MaxFields"/> and <see cref="FormParserOptions.MaxPartSize"/> apply.
/// </summary>
/// <example>
/// <code>
/// FormData form = await FormParser.ParseAsync(new Headers(scope), body);
/// string? name = form.Get("name").Text;
/// </code>
/// </example>
public static class FormParser
{
    /// <summary>Reads the whole body and parses it.</summary>
    /// <param name="headers">The request headers (kept for symmetry with <see cref="MultiPartParser"/>: upstream
    /// reads no charset for urlencoded bodies).</param>
    /// <param name="body">The body's chunks, in order; each chunk is read before the next is requested.</param>
    /// <param name="options">The limits; default <see cref="FormParserOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The fields, in order.</returns>
    /// <exception cref="MultiPartException">A limit was exceeded; the message is upstream's.</exception>
    public static async ValueTask<FormData> ParseAsync(
        Headers headers,
        IAsyncEnumerable<ReadOnlyMemory<byte>> body,
        FormParserOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(body);
        using var reader = new UrlEncodedFormReader(options ?? FormParserOptions.Default);
        await foreach (var chunk in body.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested(); // also for sources that ignore the token
            reader.Write(chunk.Span);
        }

        return reader.Complete();
    }
}
