using Starlette.Broadcast;
using Starlette.Types;
using Starlette.WebSockets;

namespace ChatExample;

/// <summary>
/// One WebSocket client: its text frames are published (a refused one gets an <c>{"error": ...}</c> frame back,
/// and the connection stays open); every message of the channel, the last <see cref="ChatApp.Replay"/> first, is
/// sent to it. The two directions run at once; sends are serialized.
/// </summary>
internal static class ChatSocket
{
    internal static readonly ChatError Unavailable = new("The chat backend is unavailable; try again in a moment.") { Status = 503 };

    public static async ValueTask RunAsync(Broadcast broadcast, WebSocket websocket)
    {
        await websocket.AcceptAsync().ConfigureAwait(false);
        using var sending = new SemaphoreSlim(1, 1);
        BroadcastSubscription subscription;
        try
        {
            subscription = await broadcast.SubscribeAsync(ChatApp.Channel, new BroadcastSubscriptionOptions { Last = ChatApp.Replay }).ConfigureAwait(false);
        }
        catch (BroadcastUnavailableException)
        {
            await websocket.CloseAsync(Status.Ws1013TryAgainLater, "The chat backend is unavailable.").ConfigureAwait(false);
            return;
        }

        var forward = ForwardAsync(subscription, websocket, sending);
        try
        {
            await ReceiveAsync(broadcast, websocket, sending).ConfigureAwait(false);
        }
        finally
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            await forward.ConfigureAwait(false);
        }
    }

    private static async Task ReceiveAsync(Broadcast broadcast, WebSocket websocket, SemaphoreSlim sending)
    {
        while (await websocket.ReceiveAsync().ConfigureAwait(false) is WebSocketReceiveMessage frame)
        {
            var (message, error) = frame.Text is { } text
                ? ChatMessage.Parse(text)
                : (null, new ChatError("Send messages as text frames of JSON.") { Status = 400 });
            if (message is not null)
            {
                try
                {
                    await broadcast.PublishAsync(ChatApp.Channel, message.ToJson()).ConfigureAwait(false);
                    continue;
                }
                catch (BroadcastUnavailableException)
                {
                    error = Unavailable;
                }
            }

            await SendAsync(websocket, sending, error!.ToJson()).ConfigureAwait(false);
        }
    }

    private static async Task ForwardAsync(BroadcastSubscription subscription, WebSocket websocket, SemaphoreSlim sending)
    {
        try
        {
            await foreach (var message in subscription.WithCancellation(CancellationToken.None).ConfigureAwait(false)) await SendAsync(websocket, sending, message.Text).ConfigureAwait(false);
        }
        catch (Exception error) when (error is SlowConsumerException or WebSocketDisconnectException or InvalidOperationException)
        {
            // The client went away mid-send, or the subscription ended (slow consumer): the receive loop ends the socket.
        }
    }

    private static async ValueTask SendAsync(WebSocket websocket, SemaphoreSlim sending, string text)
    {
        await sending.WaitAsync().ConfigureAwait(false);
        try
        {
            await websocket.SendTextAsync(text).ConfigureAwait(false);
        }
        finally
        {
            sending.Release();
        }
    }
}
