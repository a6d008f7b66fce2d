using Starlette.Types;

namespace Starlette.Hosting;

/// <summary>
/// The order an app must send WebSocket messages in: accept (or close, or a denial response) first; text and
/// binary messages only while accepted; nothing after close. A host calls <see cref="Validate"/> for every sent
/// message; a message out of order throws <see cref="InvalidOperationException"/>.
/// </summary>
internal struct WebSocketProtocol
{
    private State _state;

    private enum State { Connecting, Accepted, Closed, Denying, Denied }

    /// <summary>Whether the connection is over: closed, or a denial response completed.</summary>
    public readonly bool IsFinished => _state is State.Closed or State.Denied;

    /// <summary>Checks that <paramref name="message"/> may be sent now and moves to the next state.</summary>
    public void Validate(AsgiMessage message, Scope scope)
    {
        switch (message)
        {
            case WebSocketAcceptMessage:
                if (_state != State.Connecting) throw Late(message.Type);
                _state = State.Accepted;
                break;
            case WebSocketSendMessage:
                if (_state == State.Connecting)
                    throw Error("Received 'websocket.send' before 'websocket.accept': accept the connection first.");
                if (_state != State.Accepted) throw Late(message.Type);
                break;
            case WebSocketCloseMessage:
                if (_state is not (State.Connecting or State.Accepted)) throw Late(message.Type);
                _state = State.Closed;
                break;
            case WebSocketHttpResponseStartMessage:
                if (!scope.HasExtension(ExtensionNames.WebSocketHttpResponse))
                    throw Error("Received 'websocket.http.response.start', but this host does not advertise the 'websocket.http.response' extension.");
                if (_state != State.Connecting)
                    throw Error("Received 'websocket.http.response.start' after the handshake was answered: a denial response replaces 'websocket.accept'.");
                _state = State.Denying;
                break;
            case WebSocketHttpResponseBodyMessage body:
                if (_state != State.Denying)
                    throw Error("Received 'websocket.http.response.body' without a 'websocket.http.response.start' before it, or after the denial response completed.");
                if (!body.MoreBody) _state = State.Denied;
                break;
            default:
                throw Error($"Received '{message.Type}' on a WebSocket connection: only websocket.* messages can be sent there.");
        }
    }

    private readonly InvalidOperationException Late(string type) => Error(_state switch
    {
        State.Accepted => $"Received '{type}' after the WebSocket was accepted.",
        State.Closed => $"Received '{type}' after 'websocket.close': the WebSocket is closed.",
        _ => $"Received '{type}' after a denial response: the handshake was already answered.",
    });

    private static InvalidOperationException Error(string message) => new(message);
}
