namespace Starlette.Types;

/// <summary>The kind of connection a <see cref="Scope"/> describes (ASGI's <c>scope["type"]</c>).</summary>
public enum ScopeType
{
    /// <summary>An HTTP request (<c>"http"</c>).</summary>
    Http,

    /// <summary>A WebSocket session (<c>"websocket"</c>).</summary>
    WebSocket,

    /// <summary>The server's lifespan: startup and shutdown (<c>"lifespan"</c>).</summary>
    Lifespan,
}
