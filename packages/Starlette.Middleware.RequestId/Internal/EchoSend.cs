using Starlette.Types;

namespace Starlette.Middleware.RequestId;

/// <summary>Adds the id header to the response start (or the WebSocket accept) unless the app set that header itself.</summary>
internal sealed class EchoSend(Send send, string headerName, string id)
{
    public ValueTask SendAsync(AsgiMessage message)
    {
        switch (message)
        {
            case HttpResponseStartMessage start:
                AddTo(start.Headers);
                break;
            case WebSocketAcceptMessage accept:
                AddTo(accept.Headers);
                break;
        }

        return send(message);
    }

    private void AddTo(List<HttpHeader> headers)
    {
        foreach (var header in headers)
        {
            if (string.Equals(header.Name, headerName, StringComparison.OrdinalIgnoreCase)) return;
        }

        headers.Add(new HttpHeader(headerName, id));
    }
}
