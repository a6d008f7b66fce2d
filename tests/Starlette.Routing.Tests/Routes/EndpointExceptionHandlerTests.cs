using Starlette.Requests;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette.Routing.Tests;

public class EndpointExceptionHandlerTests
{
    private sealed class TeapotHandler : IEndpointExceptionHandler
    {
        public List<HttpConnection> Connections { get; } = [];

        public bool CanHandle(Scope scope, Exception error) => error is InvalidOperationException;

        public async ValueTask HandleAsync(HttpConnection connection, Exception error, Scope scope, Receive receive, Send send)
        {
            Connections.Add(connection);
            if (connection is WebSocket webSocket) await webSocket.CloseAsync(1011, error.Message);
            else await new PlainTextResponse(error.Message, 418).ExecuteAsync(scope, receive, send);
        }
    }

    private static AsgiApp WithHandler(IEndpointExceptionHandler? handler, Router router) => (scope, receive, send) =>
    {
        if (handler is not null) scope.Items[ScopeItemKeys.ExceptionHandlers] = handler;
        return router.InvokeAsync(scope, receive, send);
    };

    private static Router CreateRouter() => new(
    [
        new Route("/boom", (Func<Request, Response>)(_ => throw new InvalidOperationException("boom"))),
        new Route("/other", (Func<Request, Response>)(_ => throw new ArgumentException("other"))),
        new WebSocketRoute("/ws", async (WebSocket webSocket) =>
        {
            await webSocket.AcceptAsync();
            throw new InvalidOperationException("ws boom");
        }),
    ]);

    [Fact]
    public async Task Route_HandlerInScope_AnswersWithTheEndpointsRequest()
    {
        var handler = new TeapotHandler();
        using var client = new TestClient(WithHandler(handler, CreateRouter()));
        var response = await client.GetAsync("/boom");
        Assert.Equal(418, (int)response.StatusCode);
        Assert.Equal("boom", await response.Content.ReadAsStringAsync());
        Assert.IsType<Request>(Assert.Single(handler.Connections));
    }

    [Fact]
    public async Task Route_HandlerCannotHandle_ExceptionPropagates()
    {
        using var client = new TestClient(WithHandler(new TeapotHandler(), CreateRouter()));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.GetAsync("/other"));
        Assert.Equal("other", error.Message);
    }

    [Fact]
    public async Task Route_NoHandlerInScope_ExceptionPropagates()
    {
        using var client = new TestClient(WithHandler(null, CreateRouter()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/boom"));
    }

    [Fact]
    public async Task WebSocketRoute_HandlerInScope_GetsTheSession()
    {
        var handler = new TeapotHandler();
        using var client = new TestClient(WithHandler(handler, CreateRouter()));
        await using var session = await client.WebSocketConnectAsync("/ws");
        var closed = await Assert.ThrowsAsync<WebSocketDisconnectException>(() => session.ReceiveTextAsync());
        Assert.Equal(1011, closed.Code);
        Assert.IsType<WebSocket>(Assert.Single(handler.Connections));
    }
}
