using System.Net;
using System.Text.Json;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

public class RouterTests
{
    [Fact]
    public async Task InvokeAsync_UpstreamApp_DispatchesRedirectsAnd405s()
    {
        using var client = new TestClient(App);

        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world", await response.Content.ReadAsStringAsync());

        response = await client.PostAsync("/", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("Method Not Allowed", await response.Content.ReadAsStringAsync());
        Assert.Equal(new HashSet<string> { "HEAD", "GET" }, response.Content.Headers.Allow.ToHashSet());

        response = await client.GetAsync("/foo");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/users");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("All users", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/users/tomchristie");
        Assert.Equal("User tomchristie", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/users/me");
        Assert.Equal("User fixed me", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/users/tomchristie/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://testserver/users/tomchristie", response.RequestMessage!.RequestUri!.ToString());
        Assert.Equal("User tomchristie", await response.Content.ReadAsStringAsync());

        response = await client.PutAsync("/users/tomchristie:disable", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://testserver/users/tomchristie:disable", response.RequestMessage!.RequestUri!.ToString());
        Assert.Equal("User tomchristie disabled", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/users/nomatch");
        Assert.Equal("User nomatch", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/static/123");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("xxxxx", await response.Content.ReadAsStringAsync());
    } // upstream test_router

    [Fact]
    public async Task InvokeAsync_Convertors_ConvertParamsAndBuildPaths()
    {
        using var client = new TestClient(App);

        Assert.Equal("5", (await client.GetFromJsonElement("/int/5")).GetProperty("int").GetString());
        Assert.Equal("/int/5", App.UrlPathFor("int-convertor", Params(("param", 5))).Path);

        Assert.Equal("7", (await client.GetFromJsonElement("/path-with-parentheses(7)")).GetProperty("int").GetString());
        Assert.Equal("/path-with-parentheses(7)", App.UrlPathFor("path-with-parentheses", Params(("param", 7))).Path);

        Assert.Equal("25.5", (await client.GetFromJsonElement("/float/25.5")).GetProperty("float").GetString());
        Assert.Equal("/float/25.5", App.UrlPathFor("float-convertor", Params(("param", 25.5))).Path);

        Assert.Equal("some/example", (await client.GetFromJsonElement("/path/some/example")).GetProperty("path").GetString());
        Assert.Equal("/path/some/example", App.UrlPathFor("path-convertor", Params(("param", "some/example"))).Path);

        Assert.Equal("ec38df32-ceda-4cfa-9b4a-1aeb94ad551a", (await client.GetFromJsonElement("/uuid/ec38df32-ceda-4cfa-9b4a-1aeb94ad551a")).GetProperty("uuid").GetString());
        Assert.Equal(
            "/uuid/ec38df32-ceda-4cfa-9b4a-1aeb94ad551a",
            App.UrlPathFor("uuid-convertor", Params(("param", Guid.Parse("ec38df32-ceda-4cfa-9b4a-1aeb94ad551a")))).Path);
    } // upstream test_route_converters

    [Fact]
    public void UrlPathFor_NamesAndParams_BuildsPathsOrThrows()
    {
        Assert.Equal("/", App.UrlPathFor("Homepage").Path);
        Assert.Equal("/users/tomchristie", App.UrlPathFor("User", Params(("username", "tomchristie"))).Path);
        Assert.Equal("/ws", App.UrlPathFor("WebSocketEndpoint").Path);
        Assert.Equal("No route exists for name \"broken\" and params \"\".", Assert.Throws<NoMatchFoundException>(() => App.UrlPathFor("broken")).Message);
        Assert.Equal(
            "No route exists for name \"broken\" and params \"key, key2\".",
            Assert.Throws<NoMatchFoundException>(() => App.UrlPathFor("broken", Params(("key", "value"), ("key2", "value2")))).Message);
        Assert.Throws<ArgumentException>(() => App.UrlPathFor("User", Params(("username", "tom/christie"))));
        Assert.Throws<ArgumentException>(() => App.UrlPathFor("User", Params(("username", ""))));
    } // upstream test_url_path_for

    [Fact]
    public void UrlPathFor_MakeAbsoluteUrl_UsesBaseUrlAndProtocol()
    {
        Assert.Equal("https://example.org/", App.UrlPathFor("Homepage").MakeAbsoluteUrl("https://example.org").ToString());
        Assert.Equal("https://example.org/root_path/", App.UrlPathFor("Homepage").MakeAbsoluteUrl("https://example.org/root_path/").ToString());
        Assert.Equal("https://example.org/users/tomchristie", App.UrlPathFor("User", Params(("username", "tomchristie"))).MakeAbsoluteUrl("https://example.org").ToString());
        Assert.Equal("https://example.org/root_path/users/tomchristie", App.UrlPathFor("User", Params(("username", "tomchristie"))).MakeAbsoluteUrl("https://example.org/root_path/").ToString());
        Assert.Equal("wss://example.org/ws", App.UrlPathFor("WebSocketEndpoint").MakeAbsoluteUrl("https://example.org").ToString());
    } // upstream test_url_for

    [Fact]
    public async Task InvokeAsync_GetOnFunc_UsesGetRoute()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/func");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world!", await response.Content.ReadAsStringAsync());
    } // upstream test_router_add_route

    [Fact]
    public async Task InvokeAsync_SamePathOtherMethod_UsesLaterFullMatch()
    {
        using var client = new TestClient(App);
        var response = await client.PostAsync("/func", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, POST!", await response.Content.ReadAsStringAsync());
    } // upstream test_router_duplicate_path

    [Fact]
    public async Task InvokeAsync_WebSocketRoutes_RunSessions()
    {
        using var client = new TestClient(App);
        await using (var session = await client.WebSocketConnectAsync("/ws"))
        {
            Assert.Equal("Hello, world!", await session.ReceiveTextAsync());
        }

        await using (var session = await client.WebSocketConnectAsync("/ws/test"))
        {
            Assert.Equal("Hello, test!", await session.ReceiveTextAsync());
        }
    } // upstream test_router_add_websocket_route

    [Fact]
    public async Task InvokeAsync_RouterMiddleware_WrapsDispatch()
    {
        var middleware = new MiddlewareDescriptor("Custom", next => new PlainTextResponse("OK").ToApp());
        var app = new Routing.Router([new Route("/", Homepage)], middleware: [middleware]);
        using var client = new TestClient(app);
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await response.Content.ReadAsStringAsync());
    } // upstream test_router_middleware

    [Fact]
    public async Task InvokeAsync_HttpAndWebSocketOnSamePath_UrlForUsesProtocol()
    {
        var app = new Routing.Router(
        [
            new Route("/", request => new PlainTextResponse($"URL: {request.UrlFor("HttpEndpoint")}"), name: "HttpEndpoint"),
            new WebSocketRoute("/", async ws =>
            {
                await ws.AcceptAsync();
                await ws.SendTextAsync(ws.UrlFor("websocket_endpoint").ToString());
                await ws.CloseAsync();
            }, name: "websocket_endpoint"),
        ]);
        using var client = new TestClient(app);

        Assert.Equal("URL: http://testserver/", await client.GetStringAsync("/"));
        await using (var session = await client.WebSocketConnectAsync("/"))
        {
            Assert.Equal("ws://testserver/", await session.ReceiveTextAsync());
        }

        await Assert.ThrowsAnyAsync<WebSocketDisconnectException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/404");
        });
    } // upstream test_protocol_switch

    [Fact]
    public async Task InvokeAsync_MountedApp_RedirectsAndMatchesPrefix()
    {
        var mounted = new Routing.Router([new Mount("/users", Ok, name: "users")]);
        using var client = new TestClient(mounted);
        var response = await client.GetAsync("/users");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://testserver/users/", response.RequestMessage!.RequestUri!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/users/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/users/a")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/usersa")).StatusCode);
    } // upstream test_mount_urls

    [Fact]
    public void UrlPathFor_Mounts_BuildsPrefixedPaths()
    {
        var mounted = new Routing.Router([new Mount("/users", Ok, name: "users")]);
        Assert.Equal("/users/a", mounted.UrlPathFor("users", Params(("path", "/a"))).Path);

        var users = new Routing.Router([new Route("/{username}", Ok, name: "user")]);
        mounted = new Routing.Router([new Mount("/{subpath}/users", users, name: "users")]);
        Assert.Equal("/test/users/tom", mounted.UrlPathFor("users:user", Params(("subpath", "test"), ("username", "tom"))).Path);
        Assert.Equal("/test/users/tom", mounted.UrlPathFor("users", Params(("subpath", "test"), ("path", "/tom"))).Path);

        mounted = new Routing.Router([new Mount("/users", Ok, name: "users")]);
        Assert.Throws<NoMatchFoundException>(() => mounted.UrlPathFor("users", Params(("path", "/a"), ("foo", "bar"))));
        Assert.Throws<NoMatchFoundException>(() => mounted.UrlPathFor("users"));
    } // upstream test_reverse_mount_urls

    [Fact]
    public async Task InvokeAsync_MountAtRoot_Matches()
    {
        using var client = new TestClient(new Routing.Router([new Mount("/", Ok, name: "users")]));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    } // upstream test_mount_at_root

    [Fact]
    public async Task InvokeAsync_RouterAddedAfterMount_SeesNewRoutes()
    {
        var inner = new Routing.Router();
        var app = new Mount("/http", inner);
        inner.AddRoute("/inner", r => ValueTask.FromResult(Homepage(r)), methods: ["GET"]);
        using var client = new TestClient(app.ToApp());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/http/inner")).StatusCode);
    } // upstream test_add_route_to_app_after_mount

    [Fact]
    public async Task InvokeAsync_RedirectSlashes_KeepsQueryAndOnlyWhenToggledPathMatches()
    {
        var app = new Routing.Router([new Route("/a/", Ok), new Route("/b", Ok)]);
        var options = new TestClientOptions { FollowRedirects = false };
        using var client = new TestClient(app, options);

        var response = await client.GetAsync("/a?x=1");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("http://testserver/a/?x=1", response.Headers.Location!.ToString());

        response = await client.GetAsync("/b/");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("http://testserver/b", response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/c")).StatusCode);

        using var noRedirect = new TestClient(new Routing.Router([new Route("/a/", Ok)], redirectSlashes: false), options);
        Assert.Equal(HttpStatusCode.NotFound, (await noRedirect.GetAsync("/a")).StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_InsideApplication_RaisesHttpExceptions()
    {
        var router = new Routing.Router([new Route("/", Ok, methods: ["GET"])]);
        var scope = new Scope(ScopeType.Http) { Path = "/missing" };
        scope.Items["app"] = new object();
        var notFound = await Assert.ThrowsAsync<HttpException>(async () => await router.InvokeAsync(scope, () => default, _ => default));
        Assert.Equal(404, notFound.StatusCode);

        scope = new Scope(ScopeType.Http) { Path = "/", Method = "POST" };
        scope.Items["app"] = new object();
        var notAllowed = await Assert.ThrowsAsync<HttpException>(async () => await router.InvokeAsync(scope, () => default, _ => default));
        Assert.Equal(405, notAllowed.StatusCode);
        Assert.Equal("GET, HEAD", notAllowed.Headers!["Allow"]);
        Assert.Same(router, scope.Items["router"]);
    }

    [Fact]
    public async Task InvokeAsync_Head_ServedByGetRoute()
    {
        using var client = new TestClient(App);
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }
}

internal static class ClientExtensions
{
    public static async Task<JsonElement> GetFromJsonElement(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}

public class RouteOverloadTests
{
    [Fact]
    public async Task Route_AsyncLambda_Compiles()
    {
        var route = new Route("/", async request => { await Task.Yield(); return new PlainTextResponse("async"); }, name: "a");
        using var client = new TestClient(route.ToApp());
        Assert.Equal("async", await client.GetStringAsync("/"));
    }
}
