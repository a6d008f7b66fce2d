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
}
