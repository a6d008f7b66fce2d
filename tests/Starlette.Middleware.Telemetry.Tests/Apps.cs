using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Middleware.Telemetry.Tests;

internal static class Apps
{
    /// <summary>An application with a route with a parameter, a nested mount, a leaf mount, a failing route and a WebSocket route.</summary>
    public static StarletteApp Application() => new(routes:
    [
        new Route("/users/{id:int}", request => new PlainTextResponse("user " + request.PathParams["id"])),
        new Mount("/api", [new Mount("/v1", [new Route("/items/{name}", _ => new PlainTextResponse("item"))])]),
        new Mount("/static", (AsgiApp)((scope, receive, send) => new PlainTextResponse("file").ExecuteAsync(scope, receive, send))),
        new Route("/boom", (Func<Requests.Request, Response>)(_ => throw new InvalidOperationException("boom"))),
        new Route("/teapot", _ => new PlainTextResponse("no", 503)),
        new WebSocketRoute("/ws/{room}", async socket =>
        {
            await socket.AcceptAsync();
            await socket.SendTextAsync("hello " + socket.PathParams["room"]);
            await socket.CloseAsync();
        }),
        new WebSocketRoute("/denied", socket => socket.CloseAsync()),
    ]);

    /// <summary>The application wrapped in the middleware, outermost, as the README recommends.</summary>
    public static TestClient Client(TelemetryOptions? options = null) =>
        new(TelemetryMiddleware.Wrap(Application().InvokeAsync, options), new TestClientOptions { RaiseServerExceptions = false });
}
