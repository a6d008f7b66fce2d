namespace Starlette.Types;

/// <summary><c>websocket.connect</c>: a client asks to open the WebSocket; the first message the app receives.</summary>
public sealed class WebSocketConnectMessage : AsgiMessage
{
    private WebSocketConnectMessage()
    {
    }

    /// <summary>The one instance.</summary>
    public static WebSocketConnectMessage Instance { get; } = new();

    /// <inheritdoc />
    public override string Type => MessageTypes.WebSocketConnect;
}
