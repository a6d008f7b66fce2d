using System.Net;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

public class RouteTests
{
    private sealed class Endpoint
    {
        public Response MyMethod(Request request) => new();

        public static Response MyStaticMethod(Request request) => new();

        public ValueTask InvokeAsync(Scope scope, Receive receive, Send send) => default;
    }

    private static Middleware AddHeaders(string name, string key, string value) => new(name, next => (scope, receive, send) =>
    {
        scope.Items["add_headers_middleware"] = true;
        return next(scope, receive, message =>
        {
            if (message is HttpResponseStartMessage start) start.Headers.Add(new HttpHeader(key, value));
            if (message is WebSocketAcceptMessage accept) accept.Headers.Add(new HttpHeader(key, value));
            return send(message);
        });
    });

    private static Response AssertMiddlewareHeaderRoute(Request request)
    {
        Assert.True(request.Scope.TryGetItem("add_headers_middleware", out var flag) && flag is true);
        return new Response();
    }

    [Fact]
    public async Task InvokeAsync_StandaloneRouteMatches_HandlesRequest()
    {
        using var client = new TestClient(new Route("/", new PlainTextResponse("Hello, World!").ToApp()).ToApp());
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, World!", await response.Content.ReadAsStringAsync());
    } // upstream test_standalone_route_matches

    [Fact]
    public async Task InvokeAsync_StandaloneRouteMisses_Returns404()
    {
        using var client = new TestClient(new Route("/", new PlainTextResponse("Hello, World!").ToApp()).ToApp());
        var response = await client.GetAsync("/invalid");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
    } // upstream test_standalone_route_does_not_match

    [Fact]
    public async Task InvokeAsync_StandaloneWebSocketRoute_MatchesOrCloses()
    {
        using var client = new TestClient(new WebSocketRoute("/", WebSocketEndpoint).ToApp());
        await using (var session = await client.WebSocketConnectAsync("/"))
        {
            Assert.Equal("Hello, world!", await session.ReceiveTextAsync());
        }

        await Assert.ThrowsAnyAsync<WebSocketDisconnectException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/invalid");
        });
    } // upstream test_standalone_ws_route_matches, test_standalone_ws_route_does_not_match

    [Fact]
    public void Constructor_DuplicatedParams_ThrowsUpstreamMessage()
    {
        Assert.Equal("Duplicated param name id at path /{id}/{id}", Assert.Throws<ArgumentException>(() => new Route("/{id}/{id}", User)).Message);
        Assert.Equal(
            "Duplicated param names id, name at path /{id}/{name}/{id}/{name}",
            Assert.Throws<ArgumentException>(() => new Route("/{id}/{name}/{id}/{name}", User)).Message);
    } // upstream test_duplicated_param_names

    [Fact]
    public void Constructor_UnknownConvertorOrRelativePath_Throws()
    {
        Assert.Equal("Unknown path convertor 'nope'", Assert.Throws<ArgumentException>(() => new Route("/{id:nope}", User)).Message);
        Assert.StartsWith("Routed paths must start with '/'", Assert.Throws<ArgumentException>(() => new Route("users", User)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Routed paths must start with '/'", Assert.Throws<ArgumentException>(() => new WebSocketRoute("ws", WebSocketEndpoint)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Routed paths must start with '/'", Assert.Throws<ArgumentException>(() => new Mount("users", Ok)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_Default_IsEndpointMethodName()
    {
        Response LocalHomepage(Request request) => new();
        var endpoint = new Endpoint();
        Assert.Equal("FuncHomepage", new Route("/", FuncHomepage).Name);
        Assert.Equal("LocalHomepage", new Route("/", LocalHomepage).Name);
        Assert.Equal("MyMethod", new Route("/", endpoint.MyMethod).Name);
        Assert.Equal("MyStaticMethod", new Route("/", Endpoint.MyStaticMethod).Name);
        Assert.Equal("InvokeAsync", new Route("/", endpoint.InvokeAsync).Name);
        Assert.Equal("<lambda>", new Route("/", request => new Response()).Name);
    } // upstream test_route_name

    [Fact]
    public void ToString_Routes_DescribeLikeUpstreamRepr()
    {
        Assert.Equal("Route(path='/welcome', name='Homepage', methods=['GET', 'HEAD'])", new Route("/welcome", Homepage).ToString());
        Assert.Equal("Route(path='/welcome', name='InvokeAsync', methods=[])", new Route("/welcome", new Endpoint().InvokeAsync).ToString());
        Assert.Equal("WebSocketRoute(path='/ws', name='WebSocketEndpoint')", new WebSocketRoute("/ws", WebSocketEndpoint).ToString());
    } // upstream test_route_repr, test_route_repr_without_methods, test_websocket_route_repr

    [Theory]
    [InlineData("mounted-routes")]
    [InlineData("mounted-app")]
    [InlineData("route")]
    public async Task InvokeAsync_RouteAndMountMiddleware_WrapOnlyTheirApp(string kind)
    {
        var middleware = AddHeaders("AddHeaders", "X-Test", "Set by middleware");
        BaseRoute http = kind switch
        {
            "mounted-routes" => new Mount("/http", [new Route("/", AssertMiddlewareHeaderRoute, methods: ["GET"], name: "route")], middleware: [middleware]),
            "mounted-app" => new Mount("/http", new Route("/", AssertMiddlewareHeaderRoute, methods: ["GET"], name: "route").ToApp(), middleware: [middleware]),
            _ => new Route("/http", AssertMiddlewareHeaderRoute, methods: ["GET"], middleware: [middleware]),
        };
        using var client = new TestClient(new Routing.Router([http, new Route("/home", Homepage)]));

        var response = await client.GetAsync("/home");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Test"));

        response = await client.GetAsync("/http");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Set by middleware", Assert.Single(response.Headers.GetValues("X-Test")));
    } // upstream test_base_route_middleware (Router in place of Starlette(...))

    [Fact]
    public async Task InvokeAsync_MiddlewareList_FirstIsOutermost()
    {
        var order = new List<string>();
        Middleware Named(string name) => new(name, next => async (scope, receive, send) =>
        {
            order.Add(name);
            await next(scope, receive, send);
        });
        var route = new Route("/", Homepage, middleware: [Named("first"), Named("second")]);
        using var client = new TestClient(new Routing.Router([route], middleware: [Named("router")]));
        await client.GetAsync("/");
        Assert.Equal(["router", "first", "second"], order);
    }

    [Fact]
    public async Task InvokeAsync_WebSocketRouteMiddleware_AddsAcceptHeaders()
    {
        var route = new WebSocketRoute("/ws", WebSocketEndpoint, middleware: [AddHeaders("WebsocketMiddleware", "X-Test", "Set by middleware")]);
        using var client = new TestClient(new Routing.Router([route]));
        await using var session = await client.WebSocketConnectAsync("/ws");
        Assert.Equal("Hello, world!", await session.ReceiveTextAsync());
        Assert.Equal([new HttpHeader("X-Test", "Set by middleware")], session.ExtraHeaders);
    } // upstream test_websocket_route_middleware (Router in place of Starlette(...))

    [Fact]
    public async Task InvokeAsync_SyncEndpoint_RunsOffTheRequestThread()
    {
        var requestThread = -1;
        var endpointThread = -2;
        var route = new Route("/", request =>
        {
            endpointThread = Environment.CurrentManagedThreadId;
            return new PlainTextResponse("sync");
        }, middleware: [new Middleware("Thread", next => (scope, receive, send) =>
        {
            requestThread = Environment.CurrentManagedThreadId;
            return next(scope, receive, send);
        })]);
        using var client = new TestClient(route.ToApp());
        Assert.Equal("sync", await client.GetStringAsync("/"));
        Assert.NotEqual(-2, endpointThread);
        Assert.NotEqual(-1, requestThread);
    }

    [Fact]
    public void Matches_ParamsAndMethods_ReturnsFullPartialOrNone()
    {
        var route = new Route("/users/{id:int}", User, methods: ["post"]);
        var scope = new Scope(ScopeType.Http) { Path = "/users/42", Method = "POST" };
        scope.PathParams["outer"] = "x";
        Assert.Equal(RouteMatch.Full, route.Matches(scope, out var child));
        Assert.Equal(42, child.PathParams!["id"]);
        Assert.Equal("x", child.PathParams["outer"]);
        Assert.Same(route.Endpoint, child.Endpoint);

        Assert.Equal(RouteMatch.Partial, route.Matches(new Scope(ScopeType.Http) { Path = "/users/42" }, out _));
        Assert.Equal(RouteMatch.None, route.Matches(new Scope(ScopeType.Http) { Path = "/users/x" }, out _));
        Assert.Equal(RouteMatch.None, route.Matches(new Scope(ScopeType.WebSocket) { Path = "/users/42" }, out _));
        Assert.Equal(new HashSet<string> { "POST" }, route.Methods);
    }
}
