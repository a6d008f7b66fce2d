using Starlette;
using Starlette.Broadcast;
using Starlette.Broadcast.EventSource;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;

namespace ChatExample;

/// <summary>
/// The chat app: <c>GET /</c> the page (and <c>/chat.js</c> its script), <c>/ws</c> the WebSocket (send and
/// receive), <c>GET /events</c> the server-sent-events fallback (resumable by <c>Last-Event-ID</c>), and
/// <c>POST /messages</c> to send without a WebSocket. Every instance connected to the same backend shares the chat.
/// </summary>
public static class ChatApp
{
    /// <summary>The broadcast channel of the chat.</summary>
    public const string Channel = "chat";

    /// <summary>How many recent messages a newcomer sees.</summary>
    public const int Replay = 20;

    /// <summary>Builds the app; the broadcast is connected at startup and disposed at shutdown.</summary>
    /// <param name="broadcast">The broadcast (its backend decides who shares the chat).</param>
    /// <returns>The app.</returns>
    public static StarletteApp Create(Broadcast broadcast)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        var events = new BroadcastEventSourceOptions { Replay = Replay, Retry = 1000 };
        return new StarletteApp(
            routes:
            [
                new Route("/", _ => ChatPage.Html(), methods: ["GET"]),
                new Route("/chat.js", _ => ChatPage.Script(), methods: ["GET"]),
                new Route("/events", request => broadcast.EventSourceAsync(request, Channel, events), methods: ["GET"]),
                new Route("/messages", request => PostAsync(broadcast, request), methods: ["POST"]),
                new WebSocketRoute("/ws", websocket => ChatSocket.RunAsync(broadcast, websocket)),
            ],
            onStartup: [() => broadcast.ConnectAsync()],
            onShutdown: [() => broadcast.DisposeAsync()]);
    }

    private static async ValueTask<Response> PostAsync(Broadcast broadcast, Request request)
    {
        var (body, tooLarge) = await ReadLimitedAsync(request).ConfigureAwait(false);
        var (message, error) = tooLarge
            ? (null, ChatError.TooLarge)
            : ChatMessage.Parse(body);
        if (error is not null) return new JsonResponse(error, ChatJson.Default.ChatError, error.Status);
        try
        {
            var id = await broadcast.PublishAsync(Channel, message!.ToJson()).ConfigureAwait(false);
            return new JsonResponse(new ChatPublished(id), ChatJson.Default.ChatPublished, 201);
        }
        catch (BroadcastUnavailableException)
        {
            return new JsonResponse(ChatSocket.Unavailable, ChatJson.Default.ChatError, 503);
        }
    }

    /// <summary>The body, reading no more than one byte past the limit.</summary>
    private static async ValueTask<(byte[] Body, bool TooLarge)> ReadLimitedAsync(Request request)
    {
        using var buffer = new MemoryStream();
        await foreach (var chunk in request.StreamAsync().ConfigureAwait(false))
        {
            buffer.Write(chunk.Span);
            if (buffer.Length > ChatMessage.MaxBytes) return ([], true);
        }

        return (buffer.ToArray(), false);
    }
}
