using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

public class MountTests
{
    private static Response EchoPaths(Request request, string name) =>
        new JsonResponse(new JsonObject { ["name"] = name, ["path"] = request.Scope.Path, ["root_path"] = request.Scope.RootPath });

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Matches_RootPath_ExtendsRootPathAndKeepsFullPath()
    {
        AsgiApp pureAsgi = async (scope, receive, send) =>
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["name"] = "asgipath", ["path"] = scope.Path, ["root_path"] = scope.RootPath });
            await send(new HttpResponseStartMessage(200, [new HttpHeader("content-type", "application/json")]));
            await send(new HttpResponseBodyMessage(body));
        };
        var app = new Routing.Router(
        [
            new Route("/path", r => EchoPaths(r, "path"), name: "path", methods: ["GET"]),
            new Route("/root-queue/path", r => EchoPaths(r, "queue_path"), name: "queue_path", methods: ["POST"]),
            new Mount("/asgipath", pureAsgi),
            new Mount("/sub", [new Route("/path", r => EchoPaths(r, "subpath"), name: "subpath", methods: ["GET"])], name: "mount"),
        ]);
        using var client = new TestClient(app, new TestClientOptions { BaseAddress = new Uri("https://www.example.org/"), RootPath = "/root" });

        var json = await Json(await client.GetAsync("/root/path"));
        Assert.Equal("path|/root/path|/root", $"{json.GetProperty("name")}|{json.GetProperty("path")}|{json.GetProperty("root_path")}");

        json = await Json(await client.GetAsync("/root/asgipath/"));
        Assert.Equal("asgipath|/root/asgipath/|/root/asgipath", $"{json.GetProperty("name")}|{json.GetProperty("path")}|{json.GetProperty("root_path")}");

        json = await Json(await client.GetAsync("/root/sub/path"));
        Assert.Equal("subpath|/root/sub/path|/root/sub", $"{json.GetProperty("name")}|{json.GetProperty("path")}|{json.GetProperty("root_path")}");

        json = await Json(await client.PostAsync("/root/root-queue/path", null));
        Assert.Equal("queue_path|/root/root-queue/path|/root", $"{json.GetProperty("name")}|{json.GetProperty("path")}|{json.GetProperty("root_path")}");
    } // upstream test_paths_with_root_path (with a Router in place of Starlette(...))

    [Fact]
    public async Task UrlFor_WithRootPath_UsesAppRootPath()
    {
        static Response EchoUrls(Request request) => new JsonResponse(new JsonObject
        {
            ["index"] = request.UrlFor("index").ToString(),
            ["submount"] = request.UrlFor("mount:submount").ToString(),
        });
        var app = new Routing.Router(
        [
            new Route("/", EchoUrls, name: "index", methods: ["GET"]),
            new Mount("/submount", [new Route("/", EchoUrls, name: "submount", methods: ["GET"])], name: "mount"),
        ]);
        using var client = new TestClient(app, new TestClientOptions { BaseAddress = new Uri("https://www.example.org/"), RootPath = "/sub_path" });
        foreach (var path in new[] { "/sub_path/", "/sub_path/submount/" })
        {
            var json = await Json(await client.GetAsync(path));
            Assert.Equal("https://www.example.org/sub_path/", json.GetProperty("index").GetString());
            Assert.Equal("https://www.example.org/sub_path/submount/", json.GetProperty("submount").GetString());
        }
    } // upstream test_url_for_with_root_path (with a Router in place of Starlette(...))

    [Fact]
    public void UrlPathFor_DoubleMount_JoinsPrefixes()
    {
        AsgiApp stub = (_, _, _) => default;
        var app = new Routing.Router([new Mount("/mount", [new Mount("/static", stub, name: "static")], name: "mount")]);
        Assert.Equal("/mount/static/123", app.UrlPathFor("mount:static", Params(("path", "123"))).Path);
    } // upstream test_url_for_with_double_mount (with a Router in place of Starlette(...))

    [Fact]
    public async Task UrlFor_RootPathEndingWithSlash_KeepsOneSlash()
    {
        static Response Homepage(Request request) => new JsonResponse(new JsonObject { ["index"] = request.UrlFor("homepage").ToString() });
        var app = new Routing.Router([new Route("/", Homepage, name: "homepage")]);
        using var client = new TestClient(app, new TestClientOptions { BaseAddress = new Uri("https://www.example.org/"), RootPath = "/sub_path/" });
        var json = await Json(await client.GetAsync("/sub_path/"));
        Assert.Equal("https://www.example.org/sub_path/", json.GetProperty("index").GetString());
    } // upstream test_url_for_with_root_path_ending_with_slash (with a Router in place of Starlette(...))

    [Fact]
    public void ToString_Mount_DescribesLikeUpstreamRepr()
    {
        Assert.StartsWith("Mount(path='/app', name='', app=", new Mount("/app", [new Route("/", Homepage)]).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Mount(path='/app', name='app', app=", new Mount("/app", [new Route("/", Homepage)], name: "app").ToString(), StringComparison.Ordinal);
    } // upstream test_mount_repr, test_mount_named_repr

    [Fact]
    public void UrlPathFor_MountedRoutesWithMiddleware_StillFound()
    {
        var middleware = new MiddlewareDescriptor("AddHeaders", next => next);
        var routes = new Routing.Router(
        [
            new Mount("/http", [new Route("/", Homepage, methods: ["GET"], name: "route")], middleware: [middleware]),
            new Route("/home", Homepage),
        ]);
        Assert.Equal("/http/", routes.UrlPathFor("route").Path);

        var mountedApp = new Routing.Router(
        [
            new Mount("/http", new Route("/", Homepage, methods: ["GET"], name: "route").ToApp(), middleware: [middleware]),
            new Route("/home", Homepage),
        ]);
        Assert.Throws<NoMatchFoundException>(() => mountedApp.UrlPathFor("route"));
    } // upstream test_mount_routes_with_middleware_url_path_for, test_mount_asgi_app_with_middleware_url_path_for (Router in place of Starlette(...))

    [Fact]
    public void Matches_Mount_SetsRootPathsAndEndpoint()
    {
        var mount = new Mount("/users", Ok);
        var scope = new Scope(ScopeType.Http) { Path = "/root/users/42", RootPath = "/root" };
        Assert.Equal(RouteMatch.Full, mount.Matches(scope, out var child));
        child.ApplyTo(scope);
        Assert.Equal("/root/users", scope.RootPath);
        Assert.Equal("/root", scope.Items["app_root_path"]);
        Assert.Equal("/root/users/42", scope.Path);
        Assert.Same(mount.App, scope.Items["endpoint"]);
        Assert.False(scope.PathParams.ContainsKey("path"));
    }
}
