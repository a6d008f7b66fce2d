namespace Starlette.Types;

/// <summary><c>websocket.http.response.body</c>: a chunk of a denial response's body.</summary>
/// <param name="body">The chunk; the host reads it before the send completes.</param>
/// <param name="moreBody">Whether more chunks follow.</param>
public sealed class WebSocketHttpResponseBodyMessage(ReadOnlyMemory<byte> body = default, bool moreBody = false) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.WebSocketHttpResponseBody;

    /// <summary>The chunk (<c>body</c>); default empty.</summary>
    public ReadOnlyMemory<byte> Body { get; } = body;

    /// <summary>Whether more chunks follow (<c>more_body</c>); default <see langword="false"/>.</summary>
    public bool MoreBody { get; } = moreBody;
}
