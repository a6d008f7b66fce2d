namespace Starlette.Types;

/// <summary>
/// <c>websocket.close</c>: the app closes the connection; sent before accepting, it rejects the handshake
/// (hosts answer 403).
/// </summary>
/// <param name="code">The close code; default 1000 (normal closure).</param>
/// <param name="reason">The close reason; default empty.</param>
public sealed class WebSocketCloseMessage(int code = Status.Ws1000NormalClosure, string? reason = null) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.WebSocketClose;

    /// <summary>The close code (<c>code</c>).</summary>
    public int Code { get; } = code;

    /// <summary>The close reason (<c>reason</c>).</summary>
    public string Reason { get; } = reason ?? "";
}
