using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Starlette.Common.Json;
using Starlette.Types;

namespace Starlette.Requests;

public partial class Request
{
    private const string ReflectionMessage = "Deserializes with reflection; use the JsonTypeInfo overload for trimmed or AOT apps.";

    /// <summary>
    /// The body as it arrives, chunk by chunk (upstream's <c>stream()</c>), ending with an empty chunk. After the body
    /// was read whole it replays the cached body; otherwise it can be enumerated once.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting for the next chunk.</param>
    /// <returns>The chunks.</returns>
    /// <exception cref="InvalidOperationException">The stream was already consumed ("Stream consumed").</exception>
    /// <exception cref="ClientDisconnectException">The client disconnected before the body ended.</exception>
    /// <exception cref="HttpException">413: the body is larger than <see cref="MaxBodySize"/>.</exception>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_read?.Body is { } cached)
        {
            yield return cached;
            yield return ReadOnlyMemory<byte>.Empty;
            yield break;
        }

        if (_streamConsumed) throw new InvalidOperationException("Stream consumed");
        CheckDeclaredLength();
        long received = 0;
        while (!_streamConsumed)
        {
            switch (await NextMessageAsync(cancellationToken).ConfigureAwait(false))
            {
                case HttpRequestBodyMessage chunk:
                    _streamConsumed = !chunk.MoreBody;
                    received += chunk.Body.Length;
                    if (received > MaxBodySize)
                    {
                        _streamConsumed = true;
                        throw new HttpException(Status.Http413ContentTooLarge);
                    }

                    if (!chunk.Body.IsEmpty) yield return chunk.Body;
                    break;
                case HttpDisconnectMessage:
                    _isDisconnected = true;
                    throw new ClientDisconnectException();
            }
        }

        yield return ReadOnlyMemory<byte>.Empty;
    }

    /// <summary>The whole body, read once and cached (upstream's <c>body()</c>).</summary>
    /// <param name="cancellationToken">Stops waiting for the body.</param>
    /// <returns>The body.</returns>
    public async ValueTask<byte[]> BodyAsync(CancellationToken cancellationToken = default)
    {
        if (_read?.Body is { } body) return body;
        var buffer = new ArrayBufferWriter<byte>(ContentLengthHint());
        await foreach (var chunk in StreamAsync(cancellationToken).ConfigureAwait(false)) buffer.Write(chunk.Span);
        return Read.Body = buffer.WrittenSpan.ToArray();
    }

    /// <summary>The body parsed as JSON (cached).</summary>
    /// <param name="cancellationToken">Stops waiting for the body.</param>
    /// <returns>The JSON value.</returns>
    /// <exception cref="JsonException">The body is not valid JSON.</exception>
    public async ValueTask<JsonElement> JsonAsync(CancellationToken cancellationToken = default)
    {
        if (_read?.Json is { } json) return json;
        using var document = JsonDocument.Parse(await JsonBodyAsync(cancellationToken).ConfigureAwait(false));
        return (Read.Json = document.RootElement.Clone()).Value;
    }

    /// <summary>The body deserialized with source-generated metadata (trim- and AOT-safe).</summary>
    /// <typeparam name="T">The type to deserialize to.</typeparam>
    /// <param name="typeInfo">The type's metadata, from a <c>JsonSerializerContext</c>.</param>
    /// <param name="cancellationToken">Stops waiting for the body.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The body is not valid JSON for <typeparamref name="T"/>.</exception>
    public async ValueTask<T?> JsonAsync<T>(JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default) =>
        JsonSerializer.Deserialize((await JsonBodyAsync(cancellationToken).ConfigureAwait(false)).Span, typeInfo);

    /// <summary>The body deserialized with reflection-based serialization.</summary>
    /// <typeparam name="T">The type to deserialize to.</typeparam>
    /// <param name="options">Serializer options; default <see cref="JsonSerializerOptions.Web"/>.</param>
    /// <param name="cancellationToken">Stops waiting for the body.</param>
    /// <returns>The value.</returns>
    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    public async ValueTask<T?> JsonAsync<T>(JsonSerializerOptions? options = null, CancellationToken cancellationToken = default) =>
        JsonSerializer.Deserialize<T>((await JsonBodyAsync(cancellationToken).ConfigureAwait(false)).Span, options ?? JsonSerializerOptions.Web);

    // Read as Python's json.loads(bytes) reads a body: a BOM is skipped, UTF-16 and UTF-32 are recognised.
    private async ValueTask<ReadOnlyMemory<byte>> JsonBodyAsync(CancellationToken cancellationToken) =>
        JsonBytes.ToUtf8(await BodyAsync(cancellationToken).ConfigureAwait(false));

    private void CheckDeclaredLength()
    {
        if (MaxBodySize is long max && Headers.Get("content-length") is { } declared && long.TryParse(declared, out var length) && length > max)
        {
            _streamConsumed = true;
            throw new HttpException(Status.Http413ContentTooLarge);
        }
    }

    private int ContentLengthHint() =>
        Headers.Get("content-length") is { } declared && int.TryParse(declared, out var length) && length is > 0 and < 16 * 1024 * 1024 ? length : 256;
}
