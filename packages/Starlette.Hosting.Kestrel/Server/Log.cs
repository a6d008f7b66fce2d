using Microsoft.Extensions.Logging;

namespace Starlette.Hosting.Kestrel;

/// <summary>The server's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "{Client} - \"{Method} {Target} HTTP/{Version}\" {Status}")]
    public static partial void Access(ILogger logger, string client, string method, string target, string version, int status);

    [LoggerMessage(18, LogLevel.Information, "{Client} - \"WebSocket {Target}\" accepted, closed {Code} after {Seconds} s")]
    public static partial void WebSocketSession(ILogger logger, string client, string target, int code, string seconds);

    [LoggerMessage(19, LogLevel.Information, "{Client} - \"WebSocket {Target}\" rejected {Status}")]
    public static partial void WebSocketRejected(ILogger logger, string client, string target, int status);

    [LoggerMessage(2, LogLevel.Error, "Exception in ASGI application ({Scope})")]
    public static partial void AppException(ILogger logger, Exception exception, string scope);

    [LoggerMessage(3, LogLevel.Error, "ASGI callable returned without starting response ({Scope}).")]
    public static partial void NoResponse(ILogger logger, string scope);

    [LoggerMessage(4, LogLevel.Error, "ASGI callable returned without completing response ({Scope}).")]
    public static partial void IncompleteResponse(ILogger logger, string scope);

    [LoggerMessage(5, LogLevel.Information, "Starlette running on {Address} (Press CTRL+C to quit)")]
    public static partial void Running(ILogger logger, string address);

    [LoggerMessage(6, LogLevel.Information, "Shutting down")]
    public static partial void ShuttingDown(ILogger logger);

    [LoggerMessage(7, LogLevel.Information, "Waiting for application startup.")]
    public static partial void WaitingForStartup(ILogger logger);

    [LoggerMessage(8, LogLevel.Information, "Application startup complete.")]
    public static partial void StartupComplete(ILogger logger);

    [LoggerMessage(9, LogLevel.Information, "Application shutdown complete.")]
    public static partial void ShutdownComplete(ILogger logger);

    [LoggerMessage(11, LogLevel.Information, "ASGI 'lifespan' protocol appears unsupported.")]
    public static partial void LifespanUnsupported(ILogger logger);

    [LoggerMessage(10, LogLevel.Error, "ASGI callable returned without sending handshake ({Scope}).")]
    public static partial void NoHandshake(ILogger logger, string scope);

    [LoggerMessage(12, LogLevel.Debug, "Client disconnected ({Scope}).")]
    public static partial void ClientDisconnected(ILogger logger, string scope);

    [LoggerMessage(13, LogLevel.Debug, "Request rejected with {Status}: {Detail} ({Scope}).")]
    public static partial void RequestRejected(ILogger logger, int status, string detail, string scope);

    [LoggerMessage(14, LogLevel.Error, "{Message}")]
    public static partial void ListenFailed(ILogger logger, string message);

    [LoggerMessage(16, LogLevel.Error, "Application startup failed: {Message}")]
    public static partial void StartupFailed(ILogger logger, string message);

    [LoggerMessage(17, LogLevel.Information, "Waiting for application shutdown.")]
    public static partial void WaitingForShutdown(ILogger logger);

    [LoggerMessage(15, LogLevel.Information, "Closing {Count} open WebSocket(s) with 1012 (service restart).")]
    public static partial void ClosingWebSockets(ILogger logger, int count);
}
