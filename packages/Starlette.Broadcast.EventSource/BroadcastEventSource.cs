using System.Runtime.CompilerServices;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Broadcast.EventSource;

/// <summary>
/// A <c>text/event-stream</c> response that follows a broadcast channel. Every event's <c>id:</c> is the message id;
/// when the browser reconnects it sends the last id it saw as <c>Last-Event-ID</c>, and the stream first replays
/// the messages published after it (from the backend's history, on whichever instance the browser reached), then
/// goes live, without duplicates or holes.
/// </summary>
/// <example>
/// <code>
/// new Route("/events", request => broadcast.EventSourceAsync(request, "news"))
/// </code>
/// </example>
public static class BroadcastEventSource
{
    /// <summary>The request header a reconnecting browser sends.</summary>
    public const string LastEventIdHeader = "last-event-id";

    /// <summary>
    /// Subscribes now (so nothing published from here on is missed) and returns the stream; a malformed
    /// <c>Last-Event-ID</c> gets a 400 response.
    /// </summary>
    /// <param name="broadcast">The connected broadcast.</param>
    /// <param name="request">The request (its <c>Last-Event-ID</c> header is read).</param>
    /// <param name="channel">The channel.</param>
    /// <param name="options">Event name, replay, retry, ping, format.</param>
    /// <returns>The response.</returns>
    /// <exception cref="BroadcastUnavailableException">The backend is down.</exception>
    public static async ValueTask<Response> EventSourceAsync(this Broadcast broadcast, Request request, string channel, BroadcastEventSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        ArgumentNullException.ThrowIfNull(request);
        options ??= new BroadcastEventSourceOptions();
        var lastEventId = request.Headers.Get(LastEventIdHeader);
        var subscribe = new BroadcastSubscriptionOptions { QueueCapacity = options.QueueCapacity };
        if (!string.IsNullOrEmpty(lastEventId)) subscribe.After = lastEventId;
        else subscribe.Last = options.Replay;
        BroadcastSubscription subscription;
        try
        {
            subscription = await broadcast.SubscribeAsync(channel, subscribe).ConfigureAwait(false);
        }
        catch (ArgumentException) when (subscribe.After is not null)
        {
            return new PlainTextResponse($"Invalid Last-Event-ID header: '{lastEventId}' is not a message id of this stream.", Status.Http400BadRequest);
        }

        return new EventSourceResponse(EventsAsync(subscription, options), ping: options.Ping);
    }

    private static async IAsyncEnumerable<ServerSentEvent> EventsAsync(BroadcastSubscription subscription, BroadcastEventSourceOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using (((IAsyncDisposable)subscription).ConfigureAwait(false))
        {
            // Opens the stream at once (the headers go out with it, and the browser's `open` fires) and sets the
            // reconnect delay before any message: a comment, plus retry when set, dispatches no event.
            yield return new ServerSentEvent(Retry: options.Retry, Comment: "subscribed");
            var format = options.Format ?? DefaultFormat;
            await foreach (var message in subscription.WithCancellation(cancellationToken).ConfigureAwait(false))
                yield return new ServerSentEvent(format(message), options.EventName, message.Id);
        }
    }

    private static string DefaultFormat(BroadcastMessage message) => message.IsText ? message.Text : Convert.ToBase64String(message.Data.Span);
}
