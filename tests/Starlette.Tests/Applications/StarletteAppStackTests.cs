using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Tests.Applications;

public sealed class StarletteAppStackTests
{
    [Fact]
    public void Routes_ListInOrder()
    {
        var users = new Router([new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("")))]);
        var app = new StarletteApp(routes:
        [
            new Route("/func", (Func<Request, Response>)(_ => new PlainTextResponse("")), methods: ["GET"]),
            new WebSocketRoute("/ws", _ => ValueTask.CompletedTask),
            new Mount("/users", users),
            new Host("{subdomain}.example.org", new Router()),
        ]);
        Assert.Collection(app.Routes,
            r => Assert.Equal("/func", Assert.IsType<Route>(r).Path),
            r => Assert.Equal("/ws", Assert.IsType<WebSocketRoute>(r).Path),
            r => Assert.Equal("/users", Assert.IsType<Mount>(r).Path),
            r => Assert.Equal("{subdomain}.example.org", Assert.IsType<Host>(r).HostPattern));
        Assert.Same(app.Router.Routes, app.Routes);
    } // upstream test_routes

    [Fact]
    public async Task Debug_SetAfterConstruction_Traceback()
    {
        var app = new StarletteApp(routes: [new Route("/", (Func<Request, Response>)(_ => throw new InvalidOperationException()))]);
        app.Debug = true;
        using var client = new TestClient(app, new TestClientOptions { RaiseServerExceptions = false });
        var response = await client.GetAsync("/");
        Assert.Equal(500, (int)response.StatusCode);
        Assert.Contains("InvalidOperationException", await response.Content.ReadAsStringAsync());
        Assert.True(app.Debug);
    } // upstream test_app_debug

    [Fact]
    public async Task AddRoute_Serves()
    {
        var app = new StarletteApp();
        app.AddRoute("/", _ => ValueTask.FromResult<Response>(new PlainTextResponse("Hello, World!")));
        using var client = new TestClient(app);
        var response = await client.GetAsync("/");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Hello, World!", await response.Content.ReadAsStringAsync());
    } // upstream test_app_add_route

    [Fact]
    public async Task AddWebSocketRoute_Serves()
    {
        var app = new StarletteApp();
        app.AddWebSocketRoute("/ws", async ws =>
        {
            await ws.AcceptAsync();
            await ws.SendTextAsync("Hello, world!");
            await ws.CloseAsync();
        });
        using var client = new TestClient(app);
        await using var session = await client.WebSocketConnectAsync("/ws");
        Assert.Equal("Hello, world!", await session.ReceiveTextAsync());
    } // upstream test_app_add_websocket_route

    [Fact]
    public async Task Lifespan_RunsAroundClient()
    {
        var startup = false;
        var cleanup = false;
        Lifespan lifespan = app =>
        {
            Assert.IsType<StarletteApp>(app);
            startup = true;
            return ValueTask.FromResult<LifespanHandle?>(new LifespanHandle(shutdown: () =>
            {
                cleanup = true;
                return ValueTask.CompletedTask;
            }));
        };
        var app = new StarletteApp(lifespan: lifespan);
        Assert.False(startup);
        using var client = new TestClient(app);
        await using (await client.StartLifespanAsync())
        {
            Assert.True(startup);
            Assert.False(cleanup);
        }

        Assert.True(startup);
        Assert.True(cleanup);
    } // upstream test_app_async_cm_lifespan

    [Fact]
    public async Task OnStartupOnShutdown_RunInOrder()
    {
        var calls = new List<string>();
        var app = new StarletteApp(
            onStartup: [() => { calls.Add("start1"); return ValueTask.CompletedTask; }, () => { calls.Add("start2"); return ValueTask.CompletedTask; }],
            onShutdown: [() => { calls.Add("stop"); return ValueTask.CompletedTask; }]);
        using var client = new TestClient(app);
        await using (await client.StartLifespanAsync())
        {
            Assert.Equal(["start1", "start2"], calls);
        }

        Assert.Equal(["start1", "start2", "stop"], calls);
    }

    [Fact]
    public void LifespanAndEvents_Rejected()
    {
        Assert.Throws<ArgumentException>(() => new StarletteApp(
            lifespan: _ => ValueTask.FromResult<LifespanHandle?>(null),
            onStartup: [() => ValueTask.CompletedTask]));
    }

    [Fact]
    public async Task MiddlewareStack_BuiltOnce()
    {
        var counter = 0;
        StarletteApp GetApp()
        {
            var app = new StarletteApp();
            app.AddMiddleware(new MiddlewareDescriptor("SimpleInitializable", next =>
            {
                counter++;
                return next;
            }));
            app.AddMiddleware(new MiddlewareDescriptor("NoOp", next => (s, r, w) => next(s, r, w)));
            return app;
        }

        var app = GetApp();
        using (var client = new TestClient(app))
        {
            await using (await client.StartLifespanAsync())
            {
            }
        }

        Assert.Equal(1, counter);
        using (var client = new TestClient(app)) await client.GetAsync("/foo");
        Assert.Equal(1, counter);
        using (var client = new TestClient(GetApp())) await client.GetAsync("/foo");
        Assert.Equal(2, counter);
    } // upstream test_middleware_stack_init

    private static MiddlewareDescriptor Recording(List<string> calls, string arg) =>
        new("Recording", next => (scope, receive, send) =>
        {
            calls.Add(arg);
            return next(scope, receive, send);
        });

    [Fact]
    public async Task AddMiddleware_LastAddedIsOutermost()
    {
        var calls = new List<string>();
        var app = new StarletteApp();
        app.AddMiddleware(Recording(calls, "foo"));
        app.AddMiddleware(Recording(calls, "bar"));
        using var client = new TestClient(app);
        await using (await client.StartLifespanAsync())
        {
        }

        Assert.Equal(["bar", "foo"], calls);
    } // upstream test_middleware_args, test_middleware_factory

    [Fact]
    public async Task MiddlewareList_RunsInOrder_InsideServerErrorAndOutsideExceptionMiddleware()
    {
        var calls = new List<string>();
        var app = new StarletteApp(
            routes: [new Route("/", (Func<Request, Response>)(_ => throw new HttpException(418)))],
            middleware: [Recording(calls, "first"), Recording(calls, "second")]);
        using var client = new TestClient(app);
        var response = await client.GetAsync("/");
        Assert.Equal(418, (int)response.StatusCode);
        Assert.Equal(["first", "second"], calls);
    }

    [Fact]
    public async Task AddMiddleware_AfterStart_Throws()
    {
        var app = new StarletteApp();
        using var client = new TestClient(app);
        await client.GetAsync("/");
        var error = Assert.Throws<InvalidOperationException>(() => app.AddMiddleware(Recording([], "late")));
        Assert.Equal("Cannot add middleware after an application has started", error.Message);
    }

    [Fact]
    public async Task App_InScopeItems_AndUrlFor()
    {
        object? seen = null;
        var app = new StarletteApp(routes:
        [
            new Route("/", (Func<Request, Response>)(r =>
            {
                seen = r.App;
                return new PlainTextResponse(r.UrlFor("user", new Dictionary<string, object?> { ["name"] = "tom" }).ToString());
            })),
            new Route("/users/{name}", (Func<Request, Response>)(_ => new PlainTextResponse("")), name: "user"),
        ]);
        using var client = new TestClient(app);
        var response = await client.GetAsync("/");
        Assert.Same(app, seen);
        Assert.Equal("http://testserver/users/tom", await response.Content.ReadAsStringAsync());
        Assert.Equal("/users/tom", app.UrlPathFor("user", new Dictionary<string, object?> { ["name"] = "tom" }).ToString());
    }
}
