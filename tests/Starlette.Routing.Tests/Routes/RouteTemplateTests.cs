using System.Net;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Routing.Tests;

public class RouteTemplateTests
{
    /// <summary>A router whose endpoints answer with the recorded template ("none" when there is none).</summary>
    private static Router App()
    {
        AsgiApp echo = (scope, receive, send) => new PlainTextResponse(RouteTemplate.Get(scope) ?? "none").ExecuteAsync(scope, receive, send);
        return new Router(
        [
            new Route("/users/{id:int}", echo),
            new Mount("/api", [new Mount("/v{version:int}", [new Route("/items/{name}", echo)])]),
            new Mount("/files", echo),
            new Host("{sub}.example.org", new Router([new Route("/hosted", echo)])),
            new WebSocketRoute("/ws/{room}", async socket =>
            {
                await socket.AcceptAsync();
                await socket.SendTextAsync(RouteTemplate.Get(socket.Scope) ?? "none");
                await socket.CloseAsync();
            }),
            new Mount("", [new Route("/inner", echo)]), // last: an empty prefix matches every path
        ]);
    }

    [Theory]
    [InlineData("/users/3", "/users/{id:int}")]
    [InlineData("/api/v2/items/pen", "/api/v{version:int}/items/{name}")]
    [InlineData("/files/a/b.txt", "/files/{path:path}")]
    [InlineData("/inner", "/inner")]
    public async Task Get_MatchedRoute_IsFullTemplate(string path, string template)
    {
        using var client = new TestClient(App().InvokeAsync);
        Assert.Equal(template, await client.GetStringAsync(path));
        Assert.Equal(template, await client.GetStringAsync(path)); // the composed template is cached: same answer
    }

    [Fact]
    public async Task Get_PartialMatch_RecordsTemplateOf405Route()
    {
        var scope = await ScopeAfterAsync("GET", "/only-post", new Router([new Route("/only-post", (AsgiApp)((_, _, _) => ValueTask.CompletedTask), methods: ["POST"])]));
        Assert.Equal("/only-post", RouteTemplate.Get(scope));
    }

    [Theory]
    [InlineData("/nowhere")]
    [InlineData("/api/v2/nothing")]
    public async Task Get_NoRouteMatched_IsNull(string path)
    {
        var scope = await ScopeAfterAsync("GET", path);
        Assert.Null(RouteTemplate.Get(scope));
        Assert.False(scope.TryGetItem(ScopeItemKeys.RouteTemplate, out _));
    }

    [Fact]
    public async Task Get_HostRoute_AddsNothingToTemplate()
    {
        using var client = new TestClient(App().InvokeAsync);
        var request = new HttpRequestMessage(HttpMethod.Get, "/hosted");
        request.Headers.Host = "api.example.org";
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/hosted", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_WebSocketRoute_IsItsTemplate()
    {
        using var client = new TestClient(App().InvokeAsync);
        await using var session = await client.WebSocketConnectAsync("/ws/lobby");
        Assert.Equal("/ws/{room}", await session.ReceiveTextAsync());
    }

    [Fact]
    public void Get_NullScope_Throws() => Assert.Throws<ArgumentNullException>(() => RouteTemplate.Get(null!));

    private static async Task<Scope> ScopeAfterAsync(string method, string path, Router? router = null)
    {
        var scope = new Scope(ScopeType.Http) { Method = method, Path = path };
        await (router ?? App()).InvokeAsync(scope, () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), _ => ValueTask.CompletedTask);
        return scope;
    }
}
