using Starlette.Types;

namespace Starlette.Responses;

/// <summary>
/// Sends a response's start and body messages; on a WebSocket scope it sends them as a denial response
/// (<c>websocket.http.response.*</c>), as upstream does for responses sent before accepting.
/// </summary>
internal readonly struct ResponseSender(Scope scope, Send send)
{
    public bool IsWebSocket => scope.Type == ScopeType.WebSocket;

    public ValueTask StartAsync(int status, List<HttpHeader> headers) =>
        send(IsWebSocket ? new WebSocketHttpResponseStartMessage(status, headers) : new HttpResponseStartMessage(status, headers));

    public ValueTask BodyAsync(ReadOnlyMemory<byte> body, bool moreBody) =>
        send(IsWebSocket ? new WebSocketHttpResponseBodyMessage(body, moreBody)
            : body.IsEmpty && !moreBody ? HttpResponseBodyMessage.Empty
            : new HttpResponseBodyMessage(body, moreBody));

    public ValueTask Raw(AsgiMessage message) => send(message);
}
