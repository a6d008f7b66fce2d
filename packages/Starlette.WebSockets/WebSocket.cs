using Starlette.Requests;
using Starlette.Types;

namespace Starlette.WebSockets;

/// <summary>
/// A WebSocket connection (upstream's <c>WebSocket</c>): the connection's data (URL, headers, query, cookies...)
/// plus <see cref="ReceiveAsync"/> and <see cref="SendAsync"/>, which enforce the order ASGI requires on each side
/// and raise upstream's errors for every illegal step. A client that disconnects surfaces as
/// <see cref="WebSocketDisconnectException"/> from the typed receive methods.
/// </summary>
public partial class WebSocket : HttpConnection
{
    private readonly Receive _receive;
    private readonly Send _send;

    /// <summary>Wraps a WebSocket scope and its channels.</summary>
    /// <param name="scope">The scope; it must be a WebSocket scope.</param>
    /// <param name="receive">The receive channel.</param>
    /// <param name="send">The send channel.</param>
    /// <exception cref="ArgumentException">The scope is not a WebSocket scope.</exception>
    public WebSocket(Scope scope, Receive receive, Send send)
        : base(scope)
    {
        if (scope.Type != ScopeType.WebSocket)
            throw new ArgumentException($"A WebSocket needs a 'websocket' scope, not '{scope.TypeName}'.", nameof(scope));
        _receive = receive ?? throw new ArgumentNullException(nameof(receive));
        _send = send ?? throw new ArgumentNullException(nameof(send));
    }

    /// <summary>Where the client stands, from the messages received.</summary>
    public WebSocketState ClientState { get; set; }

    /// <summary>Where the application stands, from the messages sent.</summary>
    public WebSocketState ApplicationState { get; set; }

    /// <summary>Receives the next message, checking it is one the client may send now.</summary>
    /// <returns>The message.</returns>
    /// <exception cref="InvalidOperationException">The message is out of order, or a disconnect was already received.</exception>
    public async ValueTask<AsgiMessage> ReceiveAsync()
    {
        switch (ClientState)
        {
            case WebSocketState.Connecting:
                var first = await _receive().ConfigureAwait(false);
                if (first is not WebSocketConnectMessage)
                    throw new InvalidOperationException($"Expected ASGI message \"websocket.connect\", but got '{first.Type}'");
                ClientState = WebSocketState.Connected;
                return first;
            case WebSocketState.Connected:
                var message = await _receive().ConfigureAwait(false);
                if (message is WebSocketDisconnectMessage) ClientState = WebSocketState.Disconnected;
                else if (message is not WebSocketReceiveMessage)
                    throw new InvalidOperationException($"Expected ASGI message \"websocket.receive\" or \"websocket.disconnect\", but got '{message.Type}'");
                return message;
            default:
                throw new InvalidOperationException("Cannot call \"receive\" once a disconnect message has been received.");
        }
    }

    /// <summary>Sends a message, checking it is one the application may send now.</summary>
    /// <param name="message">The message.</param>
    /// <returns>A task that completes when the message is sent.</returns>
    /// <exception cref="InvalidOperationException">The message is out of order, or the connection was already closed.</exception>
    /// <exception cref="WebSocketDisconnectException">1006: the client is gone.</exception>
    public async ValueTask SendAsync(AsgiMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (ApplicationState)
        {
            case WebSocketState.Connecting:
                ApplicationState = message switch
                {
                    WebSocketCloseMessage => WebSocketState.Disconnected,
                    WebSocketHttpResponseStartMessage => WebSocketState.Response,
                    WebSocketAcceptMessage => WebSocketState.Connected,
                    _ => throw new InvalidOperationException(
                        $"Expected ASGI message \"websocket.accept\", \"websocket.close\" or \"websocket.http.response.start\", but got '{message.Type}'"),
                };
                await _send(message).ConfigureAwait(false);
                break;
            case WebSocketState.Connected:
                if (message is WebSocketCloseMessage) ApplicationState = WebSocketState.Disconnected;
                else if (message is not WebSocketSendMessage)
                    throw new InvalidOperationException($"Expected ASGI message \"websocket.send\" or \"websocket.close\", but got '{message.Type}'");
                try
                {
                    await _send(message).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    ApplicationState = WebSocketState.Disconnected;
                    throw new WebSocketDisconnectException(Status.Ws1006AbnormalClosure);
                }
                catch (WebSocketDisconnectException)
                {
                    ApplicationState = WebSocketState.Disconnected;
                    throw;
                }

                break;
            case WebSocketState.Response:
                if (message is not WebSocketHttpResponseBodyMessage body)
                    throw new InvalidOperationException($"Expected ASGI message \"websocket.http.response.body\", but got '{message.Type}'");
                if (!body.MoreBody) ApplicationState = WebSocketState.Disconnected;
                await _send(message).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException("Cannot call \"send\" once a close message has been sent.");
        }
    }

    /// <summary>Accepts the connection, first waiting for <c>websocket.connect</c> if it was not received yet.</summary>
    /// <param name="subprotocol">The subprotocol to use, one the client offered; or none.</param>
    /// <param name="headers">Extra handshake response headers.</param>
    /// <returns>A task that completes when the accept message is sent.</returns>
    public async ValueTask AcceptAsync(string? subprotocol = null, IEnumerable<HttpHeader>? headers = null)
    {
        if (ClientState == WebSocketState.Connecting) await ReceiveAsync().ConfigureAwait(false);
        await SendAsync(new WebSocketAcceptMessage(subprotocol, headers?.ToList())).ConfigureAwait(false);
    }

    /// <summary>Closes the connection (or refuses it, before accepting).</summary>
    /// <param name="code">The close code; default 1000.</param>
    /// <param name="reason">The close reason; default empty.</param>
    /// <returns>A task that completes when the close message is sent.</returns>
    public ValueTask CloseAsync(int code = Status.Ws1000NormalClosure, string? reason = null) =>
        SendAsync(new WebSocketCloseMessage(code, reason ?? ""));

    /// <summary>
    /// Refuses the connection with an HTTP response instead of accepting it (pass <c>response.ToApp()</c> of a
    /// Starlette.Responses response, or any app that sends <c>websocket.http.response.*</c>).
    /// </summary>
    /// <param name="response">The response, as an app run on this connection.</param>
    /// <returns>A task that completes when the response is sent.</returns>
    /// <exception cref="InvalidOperationException">The host does not offer the denial-response extension.</exception>
    public ValueTask SendDenialResponseAsync(AsgiApp response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!Scope.HasExtension(ExtensionNames.WebSocketHttpResponse))
            throw new InvalidOperationException("The server doesn't support the Websocket Denial Response extension.");
        return response(Scope, ReceiveAsync, SendAsync);
    }
}
