using System.Runtime.CompilerServices;
using System.Text;
using Starlette.Types;

namespace Starlette.Responses;

/// <summary>
/// A response whose body comes from a sequence of chunks, sent as they are produced (upstream's
/// <c>StreamingResponse</c>). Synchronous sequences are advanced on the thread pool. Streaming stops when the
/// client goes away: <see cref="Scope.Aborted"/> cancels the sequence; on hosts older than ASGI spec 2.4 a
/// <c>http.disconnect</c> received meanwhile does too, and on newer ones a failing send becomes a
/// <see cref="ClientDisconnectException"/>. A sequence that ignores its cancellation token is not asked for
/// another chunk once the client is gone (it stops within one chunk), and it is disposed, so its <c>finally</c>
/// blocks run.
/// </summary>
public class StreamingResponse : Response
{
    private Func<CancellationToken, IAsyncEnumerable<ReadOnlyMemory<byte>>> _source;

    /// <summary>Streams byte chunks.</summary>
    /// <param name="content">The chunks; each is sent once produced.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public StreamingResponse(IAsyncEnumerable<ReadOnlyMemory<byte>> content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : base(statusCode, headers, mediaType, background)
    {
        ArgumentNullException.ThrowIfNull(content);
        _source = token => WithToken(content, token);
    }

    /// <summary>Streams byte arrays.</summary>
    /// <param name="content">The chunks.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public StreamingResponse(IAsyncEnumerable<byte[]> content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : this(Convert(content ?? throw new ArgumentNullException(nameof(content)), chunk => chunk), statusCode, headers, mediaType, background)
    {
    }

    /// <summary>Streams text, encoded as UTF-8.</summary>
    /// <param name="content">The chunks.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public StreamingResponse(IAsyncEnumerable<string> content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : this(Convert(content ?? throw new ArgumentNullException(nameof(content)), Encoding.UTF8.GetBytes), statusCode, headers, mediaType, background)
    {
    }

    /// <summary>Streams text from a synchronous sequence, advanced on the thread pool.</summary>
    /// <param name="content">The chunks.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public StreamingResponse(IEnumerable<string> content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : this(FromSync(content ?? throw new ArgumentNullException(nameof(content)), Encoding.UTF8.GetBytes), statusCode, headers, mediaType, background)
    {
    }

    /// <summary>Streams byte arrays from a synchronous sequence, advanced on the thread pool.</summary>
    /// <param name="content">The chunks.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public StreamingResponse(IEnumerable<byte[]> content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : this(FromSync(content ?? throw new ArgumentNullException(nameof(content)), chunk => chunk), statusCode, headers, mediaType, background)
    {
    }

    /// <summary>
    /// The body chunks (upstream's <c>body_iterator</c>): enumerate them to inspect the body (they can be enumerated
    /// once), or assign a new sequence (usually one that wraps the old) to change what the response sends.
    /// </summary>
    /// <exception cref="ArgumentNullException">The assigned sequence is <see langword="null"/>.</exception>
    public IAsyncEnumerable<ReadOnlyMemory<byte>> BodyIterator
    {
        get => Chunks(_source);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _source = token => WithToken(value, token);
        }
    }

    /// <inheritdoc />
    public override async ValueTask ExecuteAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(send);
        var sender = new ResponseSender(scope, send);
        var spec24 = SupportsSpec24(scope.SpecVersion);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(scope.Aborted);
        if (!sender.IsWebSocket && !spec24) _ = StopOnDisconnectAsync(receive, stop);
        try
        {
            await sender.StartAsync(StatusCode, RawHeaders).ConfigureAwait(false);
            await foreach (var chunk in _source(stop.Token).WithCancellation(stop.Token).ConfigureAwait(false))
            {
                await sender.BodyAsync(chunk, moreBody: true).ConfigureAwait(false);
                stop.Token.ThrowIfCancellationRequested(); // a producer that ignores the token stops within one chunk
            }

            await sender.BodyAsync(ReadOnlyMemory<byte>.Empty, moreBody: false).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client went away: stop producing, send nothing more.
        }
        catch (IOException error) when (spec24 && !sender.IsWebSocket)
        {
            throw new ClientDisconnectException(error);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }

        if (Background is not null) await Background.RunAsync().ConfigureAwait(false);
    }

    // Hosts at ASGI spec 2.4 or later signal a gone client on send; older ones only through receive.
    private static bool SupportsSpec24(string version) =>
        Version.TryParse(version.Contains('.', StringComparison.Ordinal) ? version : version + ".0", out var parsed) && parsed >= new Version(2, 4);

    private static async Task StopOnDisconnectAsync(Receive receive, CancellationTokenSource stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (await receive().ConfigureAwait(false) is HttpDisconnectMessage)
                {
                    await stop.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    // Captures the source at the time it is read, so a sequence that wraps the old one does not enumerate itself.
    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Chunks(Func<CancellationToken, IAsyncEnumerable<ReadOnlyMemory<byte>>> source, [EnumeratorCancellation] CancellationToken token = default)
    {
        await foreach (var chunk in source(token).WithCancellation(token).ConfigureAwait(false)) yield return chunk;
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> WithToken(IAsyncEnumerable<ReadOnlyMemory<byte>> content, [EnumeratorCancellation] CancellationToken token)
    {
        await foreach (var chunk in content.WithCancellation(token).ConfigureAwait(false)) yield return chunk;
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Convert<T>(IAsyncEnumerable<T> content, Func<T, byte[]> encode, [EnumeratorCancellation] CancellationToken token = default)
    {
        await foreach (var chunk in content.WithCancellation(token).ConfigureAwait(false)) yield return encode(chunk);
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> FromSync<T>(IEnumerable<T> content, Func<T, byte[]> encode, [EnumeratorCancellation] CancellationToken token = default)
    {
        using var items = content.GetEnumerator();
        while (await Task.Run(items.MoveNext, token).ConfigureAwait(false)) yield return encode(items.Current);
    }
}
