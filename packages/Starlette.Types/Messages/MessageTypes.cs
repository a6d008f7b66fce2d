namespace Starlette.Types;

/// <summary>The ASGI names of the message types, as <see cref="AsgiMessage.Type"/> returns them.</summary>
public static class MessageTypes
{
    /// <summary><c>http.request</c>: <see cref="HttpRequestBodyMessage"/>.</summary>
    public const string HttpRequest = "http.request";

    /// <summary><c>http.disconnect</c>: <see cref="HttpDisconnectMessage"/>.</summary>
    public const string HttpDisconnect = "http.disconnect";

    /// <summary><c>http.response.start</c>: <see cref="HttpResponseStartMessage"/>.</summary>
    public const string HttpResponseStart = "http.response.start";

    /// <summary><c>http.response.body</c>: <see cref="HttpResponseBodyMessage"/>.</summary>
    public const string HttpResponseBody = "http.response.body";

    /// <summary><c>http.response.trailers</c>: <see cref="HttpResponseTrailersMessage"/>.</summary>
    public const string HttpResponseTrailers = "http.response.trailers";

    /// <summary><c>http.response.pathsend</c>: <see cref="HttpResponsePathSendMessage"/>.</summary>
    public const string HttpResponsePathSend = "http.response.pathsend";

    /// <summary><c>http.response.push</c>: <see cref="HttpResponsePushMessage"/>.</summary>
    public const string HttpResponsePush = "http.response.push";

    /// <summary><c>http.response.debug</c>: <see cref="HttpResponseDebugMessage"/>.</summary>
    public const string HttpResponseDebug = "http.response.debug";

    /// <summary><c>websocket.connect</c>: <see cref="WebSocketConnectMessage"/>.</summary>
    public const string WebSocketConnect = "websocket.connect";

    /// <summary><c>websocket.accept</c>: <see cref="WebSocketAcceptMessage"/>.</summary>
    public const string WebSocketAccept = "websocket.accept";

    /// <summary><c>websocket.receive</c>: <see cref="WebSocketReceiveMessage"/>.</summary>
    public const string WebSocketReceive = "websocket.receive";

    /// <summary><c>websocket.send</c>: <see cref="WebSocketSendMessage"/>.</summary>
    public const string WebSocketSend = "websocket.send";

    /// <summary><c>websocket.disconnect</c>: <see cref="WebSocketDisconnectMessage"/>.</summary>
    public const string WebSocketDisconnect = "websocket.disconnect";

    /// <summary><c>websocket.close</c>: <see cref="WebSocketCloseMessage"/>.</summary>
    public const string WebSocketClose = "websocket.close";

    /// <summary><c>websocket.http.response.start</c>: <see cref="WebSocketHttpResponseStartMessage"/>.</summary>
    public const string WebSocketHttpResponseStart = "websocket.http.response.start";

    /// <summary><c>websocket.http.response.body</c>: <see cref="WebSocketHttpResponseBodyMessage"/>.</summary>
    public const string WebSocketHttpResponseBody = "websocket.http.response.body";

    /// <summary><c>lifespan.startup</c>: <see cref="LifespanStartupMessage"/>.</summary>
    public const string LifespanStartup = "lifespan.startup";

    /// <summary><c>lifespan.startup.complete</c>: <see cref="LifespanStartupCompleteMessage"/>.</summary>
    public const string LifespanStartupComplete = "lifespan.startup.complete";

    /// <summary><c>lifespan.startup.failed</c>: <see cref="LifespanStartupFailedMessage"/>.</summary>
    public const string LifespanStartupFailed = "lifespan.startup.failed";

    /// <summary><c>lifespan.shutdown</c>: <see cref="LifespanShutdownMessage"/>.</summary>
    public const string LifespanShutdown = "lifespan.shutdown";

    /// <summary><c>lifespan.shutdown.complete</c>: <see cref="LifespanShutdownCompleteMessage"/>.</summary>
    public const string LifespanShutdownComplete = "lifespan.shutdown.complete";

    /// <summary><c>lifespan.shutdown.failed</c>: <see cref="LifespanShutdownFailedMessage"/>.</summary>
    public const string LifespanShutdownFailed = "lifespan.shutdown.failed";
}
