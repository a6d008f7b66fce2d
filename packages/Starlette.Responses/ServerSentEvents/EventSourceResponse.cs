using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Starlette.Types;

namespace Starlette.Responses;

/// <summary>
/// A server-sent events stream (<c>text/event-stream</c>): each event is sent as it is produced, a comment ping
/// keeps idle connections open, caches and proxy buffering are switched off, and the stream stops when the
/// client goes away.
/// </summary>
public class EventSourceResponse : StreamingResponse
{
    /// <summary>The default ping interval: 15 seconds.</summary>
    public static readonly TimeSpan DefaultPing = TimeSpan.FromSeconds(15);

    /// <summary>Streams events.</summary>
    /// <param name="events">The events.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send (they win over the defaults).</param>
    /// <param name="background">Work to run after the stream ends.</param>
    /// <param name="ping">How long the stream may stay silent before a ping comment is sent; default 15 s, <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    /// <param name="lineSeparator">The line separator: <c>\r\n</c> (default), <c>\n</c> or <c>\r</c>.</param>
    /// <param name="timeProvider">The clock for pings; default the system clock.</param>
    public EventSourceResponse(IAsyncEnumerable<ServerSentEvent> events, int statusCode = Status.Http200OK, HeaderFields? headers = null, BackgroundTask? background = null, TimeSpan? ping = null, string lineSeparator = "\r\n", TimeProvider? timeProvider = null)
        : base(Encode(events ?? throw new ArgumentNullException(nameof(events)), ping ?? DefaultPing, lineSeparator, timeProvider ?? TimeProvider.System), statusCode, WithDefaults(headers), "text/event-stream", background)
    {
        if (lineSeparator is not ("\r\n" or "\n" or "\r")) throw new ArgumentException("The line separator must be \\r\\n, \\n or \\r.", nameof(lineSeparator));
    }

    /// <summary>Streams data-only events, one per string.</summary>
    /// <param name="data">The data of each event.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="background">Work to run after the stream ends.</param>
    /// <param name="ping">How long the stream may stay silent before a ping comment is sent; default 15 s.</param>
    public EventSourceResponse(IAsyncEnumerable<string> data, int statusCode = Status.Http200OK, HeaderFields? headers = null, BackgroundTask? background = null, TimeSpan? ping = null)
        : this(AsEvents(data ?? throw new ArgumentNullException(nameof(data))), statusCode, headers, background, ping)
    {
    }

    private static HeaderFields WithDefaults(HeaderFields? headers)
    {
        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["cache-control"] = "no-store",
            ["x-accel-buffering"] = "no",
        };
        foreach (var (name, value) in headers ?? []) merged[name] = value;
        return HeaderFields.From(merged);
    }

    private static async IAsyncEnumerable<ServerSentEvent> AsEvents(IAsyncEnumerable<string> data, [EnumeratorCancellation] CancellationToken token = default)
    {
        await foreach (var item in data.WithCancellation(token).ConfigureAwait(false)) yield return new ServerSentEvent(item);
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Encode(
        IAsyncEnumerable<ServerSentEvent> events, TimeSpan ping, string separator, TimeProvider clock, [EnumeratorCancellation] CancellationToken token = default)
    {
        var items = events.GetAsyncEnumerator(token);
        var next = Task.FromResult(false);
        try
        {
            next = items.MoveNextAsync().AsTask();
            while (true)
            {
                if (ping != Timeout.InfiniteTimeSpan && !await WithinAsync(next, ping, clock, token).ConfigureAwait(false))
                {
                    token.ThrowIfCancellationRequested();
                    var stamp = clock.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
                    yield return Encoding.UTF8.GetBytes($": ping - {stamp}{separator}{separator}");
                    continue;
                }

                if (!await next.ConfigureAwait(false)) yield break;
                yield return Encoding.UTF8.GetBytes(items.Current.Encode(separator));
                next = items.MoveNextAsync().AsTask();
            }
        }
        finally
        {
            await DisposeAsync(items, next).ConfigureAwait(false);
        }
    }

    // Whether the next event came before the ping interval ran out (or the client left).
    private static async Task<bool> WithinAsync(Task<bool> next, TimeSpan ping, TimeProvider clock, CancellationToken token)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(token);
        var delay = Task.Delay(ping, clock, quiet.Token);
        if (await Task.WhenAny(next, delay).ConfigureAwait(false) != next) return false;
        await quiet.CancelAsync().ConfigureAwait(false);
        return true;
    }

    // The generator may be awaiting its next event (raced against the ping timer): an async iterator cannot be
    // disposed then, so its pending step is awaited first (the client's token has been cancelled, so a generator that
    // observes it ends at once), then it is disposed and its finally blocks run.
    private static async ValueTask DisposeAsync(IAsyncEnumerator<ServerSentEvent> items, Task<bool> next)
    {
        try
        {
            await next.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The step's outcome no longer matters: the stream is over. Its error (usually the cancellation) was the
            // generator's to raise, and the response already ended for its own reason.
        }

        await items.DisposeAsync().ConfigureAwait(false);
    }
}
