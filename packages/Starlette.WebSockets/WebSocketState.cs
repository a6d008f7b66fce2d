namespace Starlette.WebSockets;

/// <summary>Where one side of a WebSocket stands (upstream's <c>WebSocketState</c>).</summary>
public enum WebSocketState
{
    /// <summary>The handshake is not answered yet.</summary>
    Connecting = 0,

    /// <summary>The connection is open.</summary>
    Connected = 1,

    /// <summary>The connection is closed.</summary>
    Disconnected = 2,

    /// <summary>The application is sending a denial response instead of accepting.</summary>
    Response = 3,
}
