using System.Text.Json;
using Starlette.Common.Json;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette;

/// <summary>
/// A class-based WebSocket endpoint (upstream's <c>WebSocketEndpoint</c>): one instance per connection, which
/// accepts in <see cref="OnConnectAsync"/>, gets each message decoded per <see cref="Encoding"/> in the typed
/// <c>OnReceiveAsync</c> overload for it (text: <see cref="string"/>, bytes: <see cref="T:byte[]"/>, JSON:
/// <see cref="JsonElement"/>; with no encoding, a text message goes to the <see cref="string"/> overload and a binary
/// one to the <see cref="T:byte[]"/> overload), and learns the close code in <see cref="OnDisconnectAsync"/> (1011 when the session
/// ended with an exception, which then propagates).
/// </summary>
/// <example>
/// <code>
/// sealed class Echo : WebSocketEndpoint
/// {
///     protected override WebSocketEncoding Encoding => WebSocketEncoding.Text;
///     protected override ValueTask OnReceiveAsync(WebSocket webSocket, string data) => webSocket.SendTextAsync(data);
/// }
/// var route = new WebSocketRoute("/echo", WebSocketEndpoint.ToApp&lt;Echo&gt;());
/// </code>
/// </example>
public abstract class WebSocketEndpoint
{
    /// <summary>How incoming messages are decoded.</summary>
    protected virtual WebSocketEncoding Encoding => WebSocketEncoding.None;

    /// <summary>An app that serves each connection with a new <typeparamref name="TEndpoint"/>.</summary>
    /// <typeparam name="TEndpoint">The endpoint type.</typeparam>
    /// <returns>The app.</returns>
    public static AsgiApp ToApp<TEndpoint>()
        where TEndpoint : WebSocketEndpoint, new() =>
        (scope, receive, send) => new TEndpoint().DispatchAsync(scope, receive, send);

    /// <summary>Runs the session: connect, then receive until the client disconnects.</summary>
    /// <param name="scope">The WebSocket scope.</param>
    /// <param name="receive">Receives messages.</param>
    /// <param name="send">Sends messages.</param>
    /// <returns>A task that completes when the session ends.</returns>
    /// <exception cref="ArgumentException">The scope is not a WebSocket scope.</exception>
    /// <exception cref="InvalidOperationException">A message does not fit <see cref="Encoding"/>.</exception>
    public async ValueTask DispatchAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Type != ScopeType.WebSocket) throw new ArgumentException("WebSocketEndpoint serves WebSocket scopes only.", nameof(scope));
        var webSocket = new WebSocket(scope, receive, send);
        await OnConnectAsync(webSocket).ConfigureAwait(false);
        var closeCode = 1000;
        try
        {
            while (true)
            {
                var message = await webSocket.ReceiveAsync().ConfigureAwait(false);
                if (message is WebSocketReceiveMessage received)
                {
                    var data = await DecodeAsync(webSocket, received).ConfigureAwait(false);
                    await (data switch
                    {
                        string text => OnReceiveAsync(webSocket, text),
                        byte[] bytes => OnReceiveAsync(webSocket, bytes),
                        _ => OnReceiveAsync(webSocket, (JsonElement)data),
                    }).ConfigureAwait(false);
                }
                else if (message is WebSocketDisconnectMessage disconnect)
                {
                    closeCode = disconnect.Code == 0 ? 1000 : disconnect.Code;
                    break;
                }
            }
        }
        catch
        {
            closeCode = 1011;
            throw;
        }
        finally
        {
            await OnDisconnectAsync(webSocket, closeCode).ConfigureAwait(false);
        }
    }

    /// <summary>Called when the client connects; accepts by default.</summary>
    /// <param name="webSocket">The session.</param>
    /// <returns>A task that completes when the connection is handled.</returns>
    protected virtual ValueTask OnConnectAsync(WebSocket webSocket)
    {
        ArgumentNullException.ThrowIfNull(webSocket);
        return webSocket.AcceptAsync();
    }

    /// <summary>Called for each text message (<see cref="WebSocketEncoding.Text"/>, or a text message with no
    /// encoding); does nothing by default.</summary>
    /// <param name="webSocket">The session.</param>
    /// <param name="data">The text.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    protected virtual ValueTask OnReceiveAsync(WebSocket webSocket, string data) => ValueTask.CompletedTask;

    /// <summary>Called for each binary message (<see cref="WebSocketEncoding.Bytes"/>, or a binary message with no
    /// encoding); does nothing by default.</summary>
    /// <param name="webSocket">The session.</param>
    /// <param name="data">The bytes, the endpoint's to keep.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    protected virtual ValueTask OnReceiveAsync(WebSocket webSocket, byte[] data) => ValueTask.CompletedTask;

    /// <summary>Called for each message with <see cref="WebSocketEncoding.Json"/>, parsed; does nothing by default.</summary>
    /// <param name="webSocket">The session.</param>
    /// <param name="data">The parsed document's root.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    protected virtual ValueTask OnReceiveAsync(WebSocket webSocket, JsonElement data) => ValueTask.CompletedTask;

    /// <summary>Called when the session ends; does nothing by default.</summary>
    /// <param name="webSocket">The session.</param>
    /// <param name="closeCode">The client's close code, or 1011 when the session failed.</param>
    /// <returns>A task that completes when the disconnect is handled.</returns>
    protected virtual ValueTask OnDisconnectAsync(WebSocket webSocket, int closeCode) => ValueTask.CompletedTask;

    private async ValueTask<object> DecodeAsync(WebSocket webSocket, WebSocketReceiveMessage message)
    {
        switch (Encoding)
        {
            case WebSocketEncoding.Text:
                if (message.Text is { } text) return text;
                await webSocket.CloseAsync(1003).ConfigureAwait(false);
                throw new InvalidOperationException("Expected text websocket messages, but got bytes");
            case WebSocketEncoding.Bytes:
                if (message.Bytes is { } bytes) return bytes.ToArray();
                await webSocket.CloseAsync(1003).ConfigureAwait(false);
                throw new InvalidOperationException("Expected bytes websocket messages, but got text");
            case WebSocketEncoding.Json:
                try
                {
                    using var document = message.Text is { } textJson
                        ? JsonDocument.Parse(textJson)
                        : JsonDocument.Parse(JsonBytes.ToUtf8(message.Bytes.GetValueOrDefault()));
                    return document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    await webSocket.CloseAsync(1003).ConfigureAwait(false);
                    throw new InvalidOperationException("Malformed JSON data received.");
                }

            default:
                return message.Text is { Length: > 0 } value ? value : (object?)message.Bytes?.ToArray() ?? message.Text ?? string.Empty;
        }
    }
}
