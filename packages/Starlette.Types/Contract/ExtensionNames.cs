namespace Starlette.Types;

/// <summary>
/// The names under which a host advertises optional features in <see cref="Scope.Extensions"/>, as ASGI defines them.
/// An app may use a feature only when its name is present.
/// </summary>
public static class ExtensionNames
{
    /// <summary>The host serves files itself: the app may send <see cref="HttpResponsePathSendMessage"/>.</summary>
    public const string PathSend = "http.response.pathsend";

    /// <summary>The host sends trailers: the app may set <see cref="HttpResponseStartMessage.Trailers"/>.</summary>
    public const string Trailers = "http.response.trailers";

    /// <summary>The host supports server push: the app may send <see cref="HttpResponsePushMessage"/>.</summary>
    public const string ServerPush = "http.response.push";

    /// <summary>The host accepts an HTTP response instead of a WebSocket handshake (a denial response).</summary>
    public const string WebSocketHttpResponse = "websocket.http.response";

    /// <summary>The host (a test client) collects <see cref="HttpResponseDebugMessage"/> for tests.</summary>
    public const string Debug = "http.response.debug";

    /// <summary>The connection runs over TLS; the value describes it.</summary>
    public const string Tls = "tls";
}
