using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette.Tests.Exceptions;

/// <summary>Exceptions an endpoint raises are answered at the route, inside route and mount middleware.</summary>
public sealed class EndpointExceptionTests
{
    private static MiddlewareDescriptor Named(string name) => new(name, next => (scope, receive, send) =>
        next(scope, receive, message =>
        {
            if (message is HttpResponseStartMessage start) start.Headers.Add(new HttpHeader($"X-{name}", "true"));
            return send(message);
        }));

    [Fact]
    public async Task MountedMiddleware_EndpointRaisesHandledException_SeesTheHandledResponse()
    {
        Func<Request, Response> exc = _ => throw new HttpException(403, "auth");
        Func<Request, Response> homepage = _ => new PlainTextResponse("Hello, world");
        var app = new StarletteApp(
            routes:
            [
                new Mount("/mount", routes: [new Route("/err", exc), new Route("/home", homepage)], middleware: [Named("Mounted")]),
                new Route("/err", exc),
                new Route("/home", homepage),
            ],
            middleware: [Named("Outer")]);
        using var client = new TestClient(app);

        foreach (var (path, status, header) in new[] { ("/home", 200, "X-Outer"), ("/err", 403, "X-Outer"), ("/mount/home", 200, "X-Mounted"), ("/mount/err", 403, "X-Mounted") })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(status, (int)response.StatusCode);
            Assert.True(response.Headers.Contains(header), $"{path} lacks {header}");
        }
    } // upstream test_mounted_middleware_does_not_catch_exception

    [Fact]
    public async Task Handler_EndpointReadTheBody_GetsTheEndpointsRequest()
    {
        var handlers = new ExceptionHandlers();
        handlers.Add<ArgumentException>(async (request, error) =>
            new PlainTextResponse($"{error.Message}: {System.Text.Encoding.UTF8.GetString(await request.BodyAsync())}", 400));
        var app = new StarletteApp(
            routes: [new Route("/", async Task<Response> (request) =>
            {
                await request.BodyAsync();
                throw new ArgumentException("bad");
            }, methods: ["POST"])],
            exceptionHandlers: handlers);
        using var client = new TestClient(app);
        var response = await client.PostAsync("/", new StringContent("payload"));
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("bad: payload", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WebSocketRoute_EndpointRaisesCloseException_ClosesTheSameSession()
    {
        var app = new StarletteApp(routes: [new WebSocketRoute("/ws", async (WebSocket webSocket) =>
        {
            await webSocket.AcceptAsync();
            throw new WebSocketCloseException(1003, "unsupported");
        })]);
        using var client = new TestClient(app);
        await using var session = await client.WebSocketConnectAsync("/ws");
        var closed = await Assert.ThrowsAsync<WebSocketDisconnectException>(() => session.ReceiveTextAsync());
        Assert.Equal(1003, closed.Code);
        Assert.Equal("unsupported", closed.Reason);
    }
}
