namespace Starlette.Types;

/// <summary><c>websocket.disconnect</c>: the connection closed, or could not be opened; received by the app.</summary>
/// <param name="code">The close code; default 1005 (no status received).</param>
/// <param name="reason">The close reason; default empty.</param>
public sealed class WebSocketDisconnectMessage(int code = Status.Ws1005NoStatusRcvd, string? reason = null) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.WebSocketDisconnect;

    /// <summary>The close code (<c>code</c>).</summary>
    public int Code { get; } = code;

    /// <summary>The close reason (<c>reason</c>).</summary>
    public string Reason { get; } = reason ?? "";
}
