using Starlette.Types;

namespace Starlette.WebSockets;

/// <summary>An app that closes (or refuses) a WebSocket with a code and reason (upstream's <c>WebSocketClose</c>).</summary>
/// <param name="code">The close code; default 1000.</param>
/// <param name="reason">The close reason; default empty.</param>
public sealed class WebSocketClose(int code = Status.Ws1000NormalClosure, string? reason = null)
{
    /// <summary>The close code.</summary>
    public int Code { get; } = code;

    /// <summary>The close reason.</summary>
    public string Reason { get; } = reason ?? "";

    /// <summary>Sends <c>websocket.close</c>.</summary>
    /// <param name="scope">The connection's scope.</param>
    /// <param name="receive">The receive channel (unused).</param>
    /// <param name="send">The send channel.</param>
    /// <returns>A task that completes when the message is sent.</returns>
    public ValueTask ExecuteAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(send);
        return send(new WebSocketCloseMessage(Code, Reason));
    }

    /// <summary>This close as an app.</summary>
    /// <returns>The app.</returns>
    public AsgiApp ToApp() => ExecuteAsync;
}
