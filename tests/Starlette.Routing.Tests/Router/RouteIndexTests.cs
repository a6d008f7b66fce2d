using System.Net;
using Starlette.Responses;
using Starlette.Testing;

namespace Starlette.Routing.Tests;

public class RouteIndexTests
{
    private static Route Text(string path, string text, string[]? methods = null) =>
        new(path, new PlainTextResponse(text).ToApp(), methods: methods);

    [Fact]
    public async Task InvokeAsync_ParamRouteBeforeStaticRoute_FirstMatchStillWins()
    {
        var app = new Routing.Router([Text("/{x}", "param"), Text("/a", "static"), Text("/a/b", "deep"), new Mount("", Text("/z/y", "mounted").ToApp())]);
        using var client = new TestClient(app);
        Assert.Equal("param", await client.GetStringAsync("/a"));
        Assert.Equal("deep", await client.GetStringAsync("/a/b"));
        Assert.Equal("mounted", await client.GetStringAsync("/z/y"));
    }

    [Fact]
    public async Task InvokeAsync_PartialMatchInOtherSegment_405OnlyForSamePath()
    {
        var app = new Routing.Router([Text("/a", "get", ["GET"]), Text("/b", "b"), Text("/a", "post", ["POST"])]);
        using var client = new TestClient(app);
        Assert.Equal("post", await (await client.PostAsync("/a", null)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PutAsync("/a", null)).StatusCode);
    }

    [Fact]
    public async Task Routes_ChangedAfterServing_IndexRebuilt()
    {
        var app = new Routing.Router([Text("/a", "a")]);
        using var client = new TestClient(app);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/b")).StatusCode);
        app.Routes.Add(Text("/b", "b"));
        Assert.Equal("b", await client.GetStringAsync("/b"));
        app.Routes[0] = Text("/a", "replaced");
        Assert.Equal("replaced", await client.GetStringAsync("/a"));
        app.Routes.Clear();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/a")).StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_EarlierParamRouteUnderSharedPrefix_WinsOverLaterStaticRoute()
    {
        var app = new Routing.Router([Text("/api/v1/users/{id}", "param"), Text("/api/v1/users/me", "static")]);
        using var client = new TestClient(app);
        Assert.Equal("param", await client.GetStringAsync("/api/v1/users/me"));
    }

    [Fact]
    public async Task InvokeAsync_EarlierStaticRouteUnderSharedPrefix_WinsOverLaterParamRoute()
    {
        var app = new Routing.Router([Text("/api/v1/users/me", "static"), Text("/api/v1/users/{id}", "param")]);
        using var client = new TestClient(app);
        Assert.Equal("static", await client.GetStringAsync("/api/v1/users/me"));
        Assert.Equal("param", await client.GetStringAsync("/api/v1/users/7"));
    }

    [Fact]
    public async Task InvokeAsync_EarlierMountOrRootParamRoute_WinsOverDeeperRoutes()
    {
        var app = new Routing.Router([
            Text("/api/{version}/status", "any version"),
            new Mount("/api/v2", new PlainTextResponse("mounted").ToApp()),
            Text("/api/v1/status", "static v1"),
            Text("/{anything}/v3/status", "root param"),
            Text("/api/v3/status", "static v3"),
        ]);
        using var client = new TestClient(app);
        Assert.Equal("any version", await client.GetStringAsync("/api/v1/status"));
        Assert.Equal("any version", await client.GetStringAsync("/api/v2/status"));
        Assert.Equal("mounted", await client.GetStringAsync("/api/v2/status/"));
        Assert.Equal("any version", await client.GetStringAsync("/api/v3/status"));
        Assert.Equal("root param", await client.GetStringAsync("/x/v3/status"));
    }

    [Fact]
    public async Task InvokeAsync_ThousandRoutesUnderOnePrefix_EachPathReachesItsOwnRouteAnd405And404Hold()
    {
        var routes = new List<BaseRoute>();
        for (var i = 0; i < 500; i++)
        {
            routes.Add(Text($"/api/v1/static{i}/page", $"static {i}"));
            routes.Add(Text($"/api/v1/items{i}/{{id:int}}", $"item {i}", ["POST"]));
        }

        var app = new Routing.Router(routes);
        using var client = new TestClient(app);
        Assert.Equal("static 0", await client.GetStringAsync("/api/v1/static0/page"));
        Assert.Equal("static 499", await client.GetStringAsync("/api/v1/static499/page"));
        Assert.Equal("item 321", await (await client.PostAsync("/api/v1/items321/5", null)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.GetAsync("/api/v1/items321/5")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/items321/x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/nothing")).StatusCode);
        Assert.Equal("static 7", await client.GetStringAsync("/api/v1/static7/page/"));
    }

    [Fact]
    public async Task InvokeAsync_RootStaticRouteAndEmptySegments_MatchedByIndex()
    {
        var app = new Routing.Router([Text("/", "root"), Text("/a//b", "double"), Text("/a/", "slash")]);
        using var client = new TestClient(app);
        Assert.Equal("root", await client.GetStringAsync("/"));
        Assert.Equal("double", await client.GetStringAsync("/a//b"));
        Assert.Equal("slash", await client.GetStringAsync("/a/"));
    }
}
