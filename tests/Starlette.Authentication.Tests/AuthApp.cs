using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette.Authentication.Tests;

/// <summary>Upstream's test application of test_authentication.py, endpoint for endpoint.</summary>
internal static class AuthApp
{
    public static readonly string TomChristie = BasicAuthBackend.Header("tomchristie", "example");

    public static StarletteApp Create() => new(
        middleware: [AuthenticationMiddleware.Create(new BasicAuthBackend())],
        routes:
        [
            new Route("/", Homepage, name: "homepage"),
            new Route("/dashboard", Requires.Scopes(DashboardAsync, "authenticated"), name: "dashboard"),
            new Route("/admin", Requires.Scopes(AdminAsync, "authenticated", redirect: "homepage"), name: "admin"),
            new Route("/dashboard/sync", Requires.Scopes(UserJson, "authenticated"), name: "dashboard_sync"),
            new Route("/dashboard/class", new DashboardEndpoint()),
            new Route("/admin/sync", Requires.Scopes(UserJson, "authenticated", redirect: "homepage"), name: "admin_sync"),
            new Route("/dashboard/decorated", AsyncInject("payload", additional => Requires.Scopes(request => DecoratedAsync(request, additional), "authenticated"))),
            new Route("/dashboard/decorated/sync", SyncInject("payload", additional => Requires.Scopes(request => UserJson(request, additional), "authenticated"))),
            new WebSocketRoute("/ws", Requires.Scopes(WebSocketEndpointAsync, "authenticated")),
            new WebSocketRoute("/ws/decorated", WebSocketInject("payload", additional => Requires.Scopes(ws => WebSocketEndpointAsync(ws, additional), "authenticated"))),
        ]);

    /// <summary>Upstream's <c>{"authenticated": ..., "user": ...}</c> body (plus <c>additional</c> when given).</summary>
    public static JsonObject UserObject(HttpConnection connection, string? additional = null)
    {
        var user = connection.User;
        var json = new JsonObject { ["authenticated"] = user.IsAuthenticated, ["user"] = user.DisplayName };
        if (additional is not null) json["additional"] = additional;
        return json;
    }

    public static Response UserJson(Request request) => new JsonResponse(UserObject(request));

    public static Response UserJson(Request request, string additional) => new JsonResponse(UserObject(request, additional));

    private static Response Homepage(Request request) => UserJson(request);

    private static async ValueTask<Response> DashboardAsync(Request request)
    {
        await Task.Yield();
        return UserJson(request);
    }

    private static async Task<Response> AdminAsync(Request request)
    {
        await Task.Yield();
        return UserJson(request);
    }

    private static async ValueTask<Response> DecoratedAsync(Request request, string additional)
    {
        await Task.Yield();
        return UserJson(request, additional);
    }

    private static async ValueTask WebSocketEndpointAsync(WebSocket webSocket) => await WebSocketEndpointAsync(webSocket, null);

    private static async ValueTask WebSocketEndpointAsync(WebSocket webSocket, string? additional)
    {
        await webSocket.AcceptAsync();
        await webSocket.SendJsonAsync(UserObject(webSocket, additional));
    }

    /// <summary>Upstream's class-based <c>Dashboard(HTTPEndpoint)</c> with <c>@requires</c> on <c>get</c>.</summary>
    private sealed class DashboardEndpoint : HttpEndpoint
    {
        public DashboardEndpoint() => Get(Requires.Scopes(UserJson, "authenticated"));
    }

    // Upstream's *_inject_decorator(additional="payload") stacked on @requires: another decorator hands the guarded
    // endpoint an extra argument. In C# the extra argument is captured by the delegate that Requires wraps.
    private static Func<Request, ValueTask<Response>> AsyncInject(string additional, Func<string, Func<Request, ValueTask<Response>>> endpoint)
    {
        var inner = endpoint(additional);
        return request => inner(request);
    }

    private static Func<Request, Response> SyncInject(string additional, Func<string, Func<Request, Response>> endpoint)
    {
        var inner = endpoint(additional);
        return request => inner(request);
    }

    private static Func<WebSocket, ValueTask> WebSocketInject(string additional, Func<string, Func<WebSocket, ValueTask>> endpoint)
    {
        var inner = endpoint(additional);
        return webSocket => inner(webSocket);
    }

    /// <summary>A GET, with an <c>Authorization</c> header when one is given.</summary>
    public static Task<HttpResponseMessage> GetAsync(TestClient client, string path, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return client.SendAsync(request);
    }

    /// <summary>Asserts a JSON body equals <paramref name="expected"/>.</summary>
    public static async Task AssertJsonAsync(string expected, HttpResponseMessage response)
    {
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}, got {actual?.ToJsonString()}");
    }

    public static HeaderFields AuthorizationHeader(string value) => [("Authorization", value)];
}
