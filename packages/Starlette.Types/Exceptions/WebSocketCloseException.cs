namespace Starlette.Types;

/// <summary>
/// Closes a WebSocket with a close code and reason (upstream's <c>WebSocketException</c>, renamed so it does not
/// clash with <see cref="System.Net.WebSockets.WebSocketException"/>). Throw it from a WebSocket endpoint; the
/// exception middleware sends <c>websocket.close</c> with <see cref="Code"/> and <see cref="Reason"/>.
/// </summary>
/// <remarks>The message is <c>"{Code}: {Reason}"</c>, as upstream's <c>str(exc)</c>.</remarks>
public class WebSocketCloseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The WebSocket close code (see the <c>Ws…</c> constants of <see cref="Status"/>).</param>
    /// <param name="reason">The close reason; default empty.</param>
    public WebSocketCloseException(int code, string? reason = null)
        : this(code, reason, innerException: null)
    {
    }

    /// <summary>Creates the exception with the exception that caused it.</summary>
    /// <param name="code">The WebSocket close code.</param>
    /// <param name="reason">The close reason; default empty.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public WebSocketCloseException(int code, string? reason, Exception? innerException)
        : base($"{code}: {reason}", innerException)
    {
        Code = code;
        Reason = reason ?? "";
    }

    /// <summary>The close code (<c>code</c>).</summary>
    public int Code { get; }

    /// <summary>The close reason (<c>reason</c>).</summary>
    public string Reason { get; }
}
