namespace Starlette.WebSockets;

/// <summary>How JSON travels over a WebSocket: in text messages, or as UTF-8 in binary messages.</summary>
public enum WebSocketJsonMode
{
    /// <summary>JSON in text messages (the default).</summary>
    Text,

    /// <summary>UTF-8 JSON in binary messages.</summary>
    Binary,
}
