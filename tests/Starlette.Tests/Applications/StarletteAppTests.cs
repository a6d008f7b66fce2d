using System.Text.Json.Nodes;
using Starlette.Middleware.TrustedHost;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Tests.Applications;

public sealed class StarletteAppTests
{
    private sealed class CustomWsException : Exception;

    private sealed class Homepage : HttpEndpoint
    {
        public Homepage() => Get(_ => new PlainTextResponse("Hello, world!"));
    }

    private static Response FuncHomepage(Request request) => new PlainTextResponse("Hello, world!");

    private static StarletteApp CreateApp()
    {
        var users = new Router(
        [
            new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("Hello, everyone!"))),
            new Route("/{username}", (Func<Request, Response>)(r => new PlainTextResponse($"Hello, {r.PathParams["username"]}!"))),
        ]);
        var subdomain = new Router([new Route("/", (Func<Request, Response>)(r => new PlainTextResponse("Subdomain: " + r.PathParams["subdomain"])))]);

        var handlers = new ExceptionHandlers();
        handlers.Add(500, (_, _) => ValueTask.FromResult<Response>(new JsonResponse(new JsonObject { ["detail"] = "Server Error" }, 500)));
        handlers.Add(405, (_, _) => ValueTask.FromResult<Response>(new JsonResponse(new JsonObject { ["detail"] = "Custom message" }, 405)));
        handlers.Add<HttpException>((_, e) => ValueTask.FromResult<Response>(new JsonResponse(new JsonObject { ["detail"] = e.Detail }, e.StatusCode)));
        handlers.AddWebSocket<CustomWsException>((ws, _) => ws.CloseAsync(1013));

        Lifespan lifespan = _ => ValueTask.FromResult<LifespanHandle?>(new LifespanHandle(new Dictionary<string, object?> { ["count"] = 1 }));

        return new StarletteApp(
            routes:
            [
                new Route("/func", FuncHomepage, name: "func_homepage"),
                new Route("/async", async Task<Response> (_) => { await Task.Yield(); return new PlainTextResponse("Hello, world!"); }),
                new Route("/class", new Homepage()),
                new Route("/state", (Func<Request, Response>)(r => new JsonResponse(new JsonObject { ["count"] = (int)r.State["count"]! }))),
                new Route("/500", (Func<Request, Response>)(_ => throw new InvalidOperationException())),
                new WebSocketRoute("/ws", async ws =>
                {
                    await ws.AcceptAsync();
                    await ws.SendTextAsync("Hello, world!");
                    await ws.CloseAsync();
                }),
                new WebSocketRoute("/ws-raise-websocket", async ws =>
                {
                    await ws.AcceptAsync();
                    throw new WebSocketCloseException(1003);
                }),
                new WebSocketRoute("/ws-raise-http", _ => throw new HttpException(401, "Unauthorized")),
                new WebSocketRoute("/ws-raise-custom", async ws =>
                {
                    await ws.AcceptAsync();
                    throw new CustomWsException();
                }),
                new WebSocketRoute("/ws-state", async ws =>
                {
                    await ws.AcceptAsync();
                    await ws.SendJsonAsync(new JsonObject { ["count"] = (int)ws.State["count"]! });
                    await ws.CloseAsync();
                }),
                new Mount("/users", users),
                new Host("{subdomain}.example.org", subdomain),
            ],
            exceptionHandlers: handlers,
            middleware: [TrustedHostMiddleware.Create(new TrustedHostOptions { AllowedHosts = ["testserver", "*.example.org"] })],
            lifespan: lifespan);
    }

    private static async Task<(TestClient Client, TestClientLifespan Lifespan)> StartAsync(StarletteApp app, TestClientOptions? options = null)
    {
        var client = new TestClient(app, options);
        return (client, await client.StartLifespanAsync());
    }

    [Fact]
    public void UrlPathFor_NamedRoute()
    {
        Assert.Equal("/func", CreateApp().UrlPathFor("func_homepage").ToString());
    } // upstream test_url_path_for

    [Fact]
    public async Task FuncRoute_GetAndHead()
    {
        var (client, lifespan) = await StartAsync(CreateApp());
        await using (lifespan)
        using (client)
        {
            var response = await client.GetAsync("/func");
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("Hello, world!", await response.Content.ReadAsStringAsync());
            response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/func"));
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }
    } // upstream test_func_route

    [Theory]
    [InlineData("/async", "Hello, world!")] // upstream test_async_route
    [InlineData("/class", "Hello, world!")] // upstream test_class_route
    [InlineData("/users/", "Hello, everyone!")] // upstream test_mounted_route
    [InlineData("/users/tomchristie", "Hello, tomchristie!")] // upstream test_mounted_route_path_params
    public async Task Routes_Answer(string path, string expected)
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync(path);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    } // upstream test_async_route, test_class_route, test_mounted_route, test_mounted_route_path_params

    [Fact]
    public async Task SubdomainRoute()
    {
        using var client = new TestClient(CreateApp(), new TestClientOptions { BaseAddress = new Uri("https://foo.example.org/") });
        var response = await client.GetAsync("/");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Subdomain: foo", await response.Content.ReadAsStringAsync());
    } // upstream test_subdomain_route

    [Fact]
    public async Task WebSocketRoute_SendsText()
    {
        using var client = new TestClient(CreateApp());
        await using var session = await client.WebSocketConnectAsync("/ws");
        Assert.Equal("Hello, world!", await session.ReceiveTextAsync());
    } // upstream test_websocket_route

    [Fact]
    public async Task NotFound_HttpExceptionHandler()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync("/404");
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("{\"detail\":\"Not Found\"}", await response.Content.ReadAsStringAsync());
    } // upstream test_400

    [Fact]
    public async Task MethodNotAllowed_StatusHandler()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.PostAsync("/func", null);
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("{\"detail\":\"Custom message\"}", await response.Content.ReadAsStringAsync());
        response = await client.PostAsync("/class", null);
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("{\"detail\":\"Custom message\"}", await response.Content.ReadAsStringAsync());
    } // upstream test_405

    [Fact]
    public async Task ServerError_500Handler()
    {
        using var client = new TestClient(CreateApp(), new TestClientOptions { RaiseServerExceptions = false });
        var response = await client.GetAsync("/500");
        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("{\"detail\":\"Server Error\"}", await response.Content.ReadAsStringAsync());
    } // upstream test_500

    [Fact]
    public async Task RequestState_FromLifespan()
    {
        var (client, lifespan) = await StartAsync(CreateApp());
        await using (lifespan)
        using (client)
        {
            var response = await client.GetAsync("/state");
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("{\"count\":1}", await response.Content.ReadAsStringAsync());
        }
    } // upstream test_request_state

    [Fact]
    public async Task WebSocket_RaiseWebSocketCloseException_Closes()
    {
        using var client = new TestClient(CreateApp());
        await using var session = await client.WebSocketConnectAsync("/ws-raise-websocket");
        var message = Assert.IsType<WebSocketCloseMessage>(await session.ReceiveAsync());
        Assert.Equal(1003, message.Code);
        Assert.Equal("", message.Reason);
    } // upstream test_websocket_raise_websocket_exception

    [Fact]
    public async Task WebSocket_State_FromLifespan()
    {
        var (client, lifespan) = await StartAsync(CreateApp());
        await using (lifespan)
        using (client)
        {
            await using var session = await client.WebSocketConnectAsync("/ws-state");
            var json = await session.ReceiveJsonAsync();
            Assert.Equal(1, json.GetProperty("count").GetInt32());
        }
    } // upstream test_websocket_state

    [Fact]
    public async Task WebSocket_RaiseHttpException_DenialResponse()
    {
        using var client = new TestClient(CreateApp());
        var error = await Assert.ThrowsAsync<WebSocketDenialResponseException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/ws-raise-http");
        });
        Assert.Equal(401, error.StatusCode);
        Assert.Equal("{\"detail\":\"Unauthorized\"}", error.Text);
    } // upstream test_websocket_raise_http_exception

    [Fact]
    public async Task WebSocket_RaiseCustomException_Handler()
    {
        using var client = new TestClient(CreateApp());
        await using var session = await client.WebSocketConnectAsync("/ws-raise-custom");
        var message = Assert.IsType<WebSocketCloseMessage>(await session.ReceiveAsync());
        Assert.Equal(1013, message.Code);
        Assert.Equal("", message.Reason);
    } // upstream test_websocket_raise_custom_exception

    [Fact]
    public async Task Middleware_TrustedHostRejects()
    {
        using var client = new TestClient(CreateApp(), new TestClientOptions { BaseAddress = new Uri("http://incorrecthost") });
        var response = await client.GetAsync("/func");
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("Invalid host header", await response.Content.ReadAsStringAsync());
    } // upstream test_middleware
}
