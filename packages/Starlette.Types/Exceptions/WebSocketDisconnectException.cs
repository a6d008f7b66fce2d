namespace Starlette.Types;

/// <summary>
/// The WebSocket is closed (upstream's <c>WebSocketDisconnect</c>): thrown by a WebSocket's receive methods when
/// the client disconnects, and by a test session's receive methods when the app closes the connection.
/// </summary>
/// <remarks>
/// It lives in the contract package so that hosts and test clients, which see only the contract, raise the same
/// exception apps catch.
/// </remarks>
public class WebSocketDisconnectException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The close code; default 1000 (normal closure).</param>
    /// <param name="reason">The close reason; default empty.</param>
    public WebSocketDisconnectException(int code = Status.Ws1000NormalClosure, string? reason = null)
        : base(string.IsNullOrEmpty(reason) ? $"The WebSocket closed with code {code}." : $"The WebSocket closed with code {code}: {reason}")
    {
        Code = code;
        Reason = reason ?? "";
    }

    /// <summary>The close code (<c>code</c>).</summary>
    public int Code { get; }

    /// <summary>The close reason (<c>reason</c>).</summary>
    public string Reason { get; }
}
