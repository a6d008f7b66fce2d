using System.Net;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

/// <summary>Routes built from each kind of app, their path formats, and their use one at a time (upstream's <c>BaseRoute</c> API).</summary>
public class RouteConstructionTests
{
    [Fact]
    public async Task Mount_Router_DispatchesAndNamesItsRoutes()
    {
        var mount = new Mount("/users", new Router([new Route("/{username}", User, name: "user")]), name: "users");
        using var client = new TestClient(new Router([mount]));

        Assert.Equal("User tom", await client.GetStringAsync("/users/tom"));
        Assert.Equal("/users/tom", mount.UrlPathFor("users:user", Params(("username", "tom"))).Path);
        Assert.Equal("/users/{path}", mount.PathFormat);
    }

    [Fact]
    public async Task Host_Router_DispatchesByHostAndNamesItsRoutes()
    {
        var host = new Host("api.example.org", new Router([new Route("/users", Users, name: "users")]), name: "api");
        using var client = new TestClient(new Router([host]), new TestClientOptions { BaseAddress = new Uri("http://api.example.org") });

        Assert.Equal("All users", await client.GetStringAsync("/users"));
        Assert.Equal("http://api.example.org/users", host.UrlPathFor("api:users").MakeAbsoluteUrl("http://other.example.org").ToString());
    }

    [Fact]
    public void Host_HostHeaderAfterOthers_IsFound()
    {
        var host = new Host("api.example.org", (scope, receive, send) => ValueTask.CompletedTask);
        var scope = new Scope(ScopeType.Http) { Headers = [new("accept", "*/*"), new("host", "api.example.org:8000")] };

        Assert.Equal(RouteMatch.Full, host.Matches(scope, out _));
        Assert.Equal(RouteMatch.None, host.Matches(new Scope(ScopeType.Http) { Headers = [new("accept", "*/*")] }, out _));
    }

    [Fact]
    public async Task WebSocketRoute_AsgiApp_RunsTheAppForTheConnection()
    {
        var route = new WebSocketRoute("/ws/{room}", async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            await send(new WebSocketSendMessage("room " + scope.PathParams["room"]));
            await send(new WebSocketCloseMessage());
        }, name: "room");
        using var client = new TestClient(new Router([route]));

        await using var ws = await client.WebSocketConnectAsync("/ws/blue");

        Assert.Equal("room blue", await ws.ReceiveTextAsync());
        Assert.Equal("/ws/{room}", route.PathFormat);
    }

    [Fact]
    public void UrlPathFor_SingleRoute_BuildsItsPathOrThrowsNoMatch()
    {
        var route = new Route("/users/{id:int}", User, name: "user");

        Assert.Equal("/users/{id}", route.PathFormat);
        Assert.Equal("/users/5", route.UrlPathFor("user", Params(("id", 5))).Path);
        Assert.Equal("No route exists for name \"user\" and params \"\".", Assert.Throws<NoMatchFoundException>(() => route.UrlPathFor("user")).Message);
        Assert.Throws<ArgumentNullException>(() => route.UrlPathFor(null!, Params()));
    }

    [Fact]
    public async Task InvokeAsync_LifespanScope_IsIgnoredByARoute()
    {
        var called = false;
        var route = new Route("/", request => { called = true; return new PlainTextResponse("x"); });

        await route.InvokeAsync(new Scope(ScopeType.Lifespan), () => throw new InvalidOperationException("not read"), _ => throw new InvalidOperationException("not sent"));

        Assert.False(called);
    }

    [Fact]
    public async Task Route_PathParamBeforeTrailingNewline_MatchesWithoutItAsUpstreamRegex()
    {
        using var client = new TestClient(new Router([new Route("/files/{rest:path}", request => new PlainTextResponse($"[{request.PathParams["rest"]}]"))]));

        Assert.Equal("[a/b]", await client.GetStringAsync("/files/a/b"));
        Assert.Equal("[a]", await client.GetStringAsync("/files/a%0A")); // Python's "$" also matches before a final newline
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/files/a%0Ab")).StatusCode);
    }

    [Fact]
    public void NoMatchFoundException_Constructors_KeepMessageAndCause()
    {
        var cause = new InvalidOperationException("inner");

        var withCause = new NoMatchFoundException("custom", cause);

        Assert.Equal(("custom", ""), (withCause.Message, withCause.Name));
        Assert.Same(cause, withCause.InnerException);
        Assert.Equal("custom", new NoMatchFoundException("custom").Message);
        Assert.Equal("No route exists for name \"\" and params \"\".", new NoMatchFoundException().Message);
    }
}
