using System.Diagnostics.CodeAnalysis;
using System.Net;
using Starlette.Datastructures;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

/// <summary>A router built and changed after construction, and a route type of the application's own.</summary>
public class RouterBuildingTests
{
    /// <summary>A route of the application's own: matches one exact HTTP path and names nothing.</summary>
    private sealed class ExactPathRoute(string path, string text) : BaseRoute
    {
        public override RouteMatch Matches(Scope scope, out ChildScope childScope)
        {
            childScope = default;
            return scope.Type == ScopeType.Http && scope.Path == path ? RouteMatch.Full : RouteMatch.None;
        }

        public override bool TryUrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams, [NotNullWhen(true)] out UrlPath? urlPath)
        {
            urlPath = null;
            return false;
        }

        public override ValueTask HandleAsync(Scope scope, Receive receive, Send send) => new PlainTextResponse(text).ExecuteAsync(scope, receive, send);
    }

    private static AsgiApp Text(string text) => (scope, receive, send) => new PlainTextResponse(text).ExecuteAsync(scope, receive, send);

    [Fact]
    public async Task MountAndHost_AddedToARouter_AreDispatchedThroughToApp()
    {
        var router = new Router();
        router.Mount("/static", Text("static"), name: "static");
        router.Host("api.example.org", Text("api"), name: "api");
        using var client = new TestClient(router.ToApp());
        using var apiClient = new TestClient(router.ToApp(), new TestClientOptions { BaseAddress = new Uri("http://api.example.org") });

        Assert.Equal("static", await client.GetStringAsync("/static/app.css"));
        Assert.Equal("api", await apiClient.GetStringAsync("/anything"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/anything")).StatusCode);
        Assert.Equal("/static/app.css", router.UrlPathFor("static", Params(("path", "/app.css"))).Path);
    }

    [Fact]
    public async Task Routes_RemovedAfterRequests_IsNoLongerMatched()
    {
        var router = new Router([new Route("/", Homepage), new Route("/users", Users)]);
        using var client = new TestClient(router);
        Assert.Equal("All users", await client.GetStringAsync("/users"));

        router.Routes.RemoveAt(1);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/users")).StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_CustomRouteWithToggledSlash_RedirectsToIt()
    {
        using var client = new TestClient(new Router([new ExactPathRoute("/custom", "mine")]), new TestClientOptions { FollowRedirects = false });

        var response = await client.GetAsync("/custom/");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("http://testserver/custom", response.Headers.Location!.ToString());
        Assert.Equal("mine", await client.GetStringAsync("/custom"));
    }

    [Fact]
    public async Task InvokeAsync_HttpPathTogglingToAWebSocketRoute_IsNotRedirected()
    {
        using var client = new TestClient(new Router([new WebSocketRoute("/ws", WebSocketEndpoint)]), new TestClientOptions { FollowRedirects = false });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ws/")).StatusCode);
    }
}

