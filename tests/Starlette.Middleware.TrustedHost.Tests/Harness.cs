using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Middleware.TrustedHost.Tests;

internal static class Harness
{
    /// <summary>Upstream's homepage: 200 "OK" for any path; accepts WebSockets and sends "OK".</summary>
    public static readonly AsgiApp Homepage = async (scope, receive, send) =>
    {
        if (scope.Type == ScopeType.WebSocket)
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            await send(new WebSocketSendMessage("OK"));
            await send(new WebSocketCloseMessage());
            return;
        }

        await new PlainTextResponse("OK").ExecuteAsync(scope, receive, send);
    };

    public static Scope Scope(ScopeType type, string scheme, string path, string query, params (string Name, string Value)[] headers) =>
        new(type) { Scheme = scheme, Path = path, QueryString = query, Headers = headers.Select(h => new HttpHeader(h.Name, h.Value)).ToList() };
}
