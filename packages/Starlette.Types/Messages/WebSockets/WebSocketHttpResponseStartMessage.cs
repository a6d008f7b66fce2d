namespace Starlette.Types;

/// <summary>
/// <c>websocket.http.response.start</c>: instead of accepting, the app answers the handshake with an HTTP response
/// (a denial response). Only when the scope advertises <see cref="ExtensionNames.WebSocketHttpResponse"/>.
/// </summary>
/// <param name="status">The HTTP status code.</param>
/// <param name="headers">The response headers, names lowercased. Default: a new empty list.</param>
public sealed class WebSocketHttpResponseStartMessage(int status, List<HttpHeader>? headers = null) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.WebSocketHttpResponseStart;

    /// <summary>The HTTP status code (<c>status</c>).</summary>
    public int Status { get; } = status;

    /// <summary>The response headers (<c>headers</c>).</summary>
    public List<HttpHeader> Headers { get; } = headers ?? [];
}
