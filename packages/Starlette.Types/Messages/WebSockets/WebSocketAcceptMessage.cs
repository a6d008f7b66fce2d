namespace Starlette.Types;

/// <summary><c>websocket.accept</c>: the app accepts the connection, optionally choosing a subprotocol.</summary>
/// <param name="subprotocol">The chosen subprotocol, one the client offered, or <see langword="null"/>.</param>
/// <param name="headers">Extra handshake response headers (never <c>sec-websocket-protocol</c>). Default: a new empty list.</param>
public sealed class WebSocketAcceptMessage(string? subprotocol = null, List<HttpHeader>? headers = null) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.WebSocketAccept;

    /// <summary>The chosen subprotocol (<c>subprotocol</c>), or <see langword="null"/>.</summary>
    public string? Subprotocol { get; } = subprotocol;

    /// <summary>Extra handshake response headers (<c>headers</c>).</summary>
    public List<HttpHeader> Headers { get; } = headers ?? [];
}
