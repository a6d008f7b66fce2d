using System.Net;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;
using Starlette.WebSockets;
using static Starlette.Authentication.Tests.AuthApp;

namespace Starlette.Authentication.Tests.Authorization;

public sealed class RequiresTests
{
    private const string TomJson = """{"authenticated": true, "user": "tomchristie"}""";
    private const string TomPayloadJson = """{"authenticated": true, "user": "tomchristie", "additional": "payload"}""";

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/sync")]
    [InlineData("/dashboard/class")]
    public async Task Scopes_RequestWithoutOrWithScope_403OrEndpoint(string path)
    {
        using var client = new TestClient(Create());

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(client, path)).StatusCode);

        var response = await GetAsync(client, path, TomChristie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertJsonAsync(TomJson, response);
    } // upstream test_authentication_required

    [Theory]
    [InlineData("/dashboard/decorated")]
    [InlineData("/dashboard/decorated/sync")]
    public async Task Scopes_StackedWithAnotherDecorator_GuardsAndPassesArguments(string path)
    {
        using var client = new TestClient(Create());

        var response = await GetAsync(client, path, TomChristie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertJsonAsync(TomPayloadJson, response);

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(client, path)).StatusCode);
    } // upstream test_authentication_required (decorated endpoints)

    [Fact]
    public async Task Scopes_InvalidCredentials_MiddlewareAnswers400BeforeEndpoint()
    {
        using var client = new TestClient(Create());

        var response = await GetAsync(client, "/dashboard", "basic foobar");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid basic auth credentials", await response.Content.ReadAsStringAsync());
    } // upstream test_authentication_required (last case)

    [Theory]
    [InlineData("/ws", null)]
    [InlineData("/ws", "basic foobar")]
    [InlineData("/ws/decorated", null)]
    [InlineData("/ws/decorated", "basic foobar")]
    public async Task Scopes_WebSocketWithoutScopeOrInvalid_ClosedWith1000(string path, string? authorization)
    {
        using var client = new TestClient(Create());

        var error = await Assert.ThrowsAsync<WebSocketDisconnectException>(() =>
            client.WebSocketConnectAsync(path, headers: authorization is null ? null : AuthorizationHeader(authorization)));

        Assert.Equal(1000, error.Code);
    } // upstream test_websocket_authentication_required

    [Theory]
    [InlineData("/ws", TomJson)]
    [InlineData("/ws/decorated", TomPayloadJson)]
    public async Task Scopes_WebSocketWithScope_RunsEndpoint(string path, string expected)
    {
        using var client = new TestClient(Create());

        await using var session = await client.WebSocketConnectAsync(path, headers: AuthorizationHeader(TomChristie));
        var data = await session.ReceiveJsonAsync();

        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(expected), System.Text.Json.Nodes.JsonNode.Parse(data.GetRawText())));
    } // upstream test_websocket_authentication_required

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/sync")]
    public async Task Scopes_RedirectWithoutScope_SeeOtherToRouteWithNext(string path)
    {
        using var client = new TestClient(Create());

        var response = await GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"http://testserver/?next=http%3A%2F%2Ftestserver{path.Replace("/", "%2F", StringComparison.Ordinal)}", response.RequestMessage!.RequestUri!.AbsoluteUri);

        response = await GetAsync(client, path, TomChristie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertJsonAsync(TomJson, response);
    } // upstream test_authentication_redirect

    [Fact]
    public async Task Scopes_Redirect_Is303WithQuotedNextIncludingQuery()
    {
        using var client = new TestClient(Create(), new TestClientOptions { FollowRedirects = false });

        var response = await GetAsync(client, "/admin?a=1&b=two words");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("http://testserver/?next=http%3A%2F%2Ftestserver%2Fadmin%3Fa%3D1%26b%3Dtwo%2520words", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Scopes_NullEndpointOrScope_Throws()
    {
        // Upstream raises when the decorated function has no `request`/`websocket` parameter; in C# the delegate
        // type guarantees the parameter, so the misuse left is a missing endpoint or scope.
        Assert.Throws<ArgumentNullException>(() => Requires.Scopes((Func<Request, Response>)null!, "authenticated"));
        Assert.Throws<ArgumentNullException>(() => Requires.Scopes((Func<WebSocket, ValueTask>)null!, "authenticated"));
        Assert.Throws<ArgumentNullException>(() => Requires.Scopes(UserJson, (string)null!));
        Assert.Throws<ArgumentException>(() => Requires.Scopes(UserJson, ["authenticated", null!]));
    } // upstream test_invalid_decorator_usage (C# analogue)

    [Theory]
    [InlineData(99)]
    [InlineData(599)]
    public void Scopes_UnknownStatusCode_ThrowsWhenWrapping(int statusCode) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Requires.Scopes(UserJson, "authenticated", statusCode));

    [Fact]
    public async Task Scopes_CustomStatusCode_UsedForMissingScope()
    {
        var app = Guarded(Requires.Scopes(UserJson, "authenticated", Status.Http404NotFound));
        using var client = new TestClient(app);

        var response = await GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Scopes_Several_AllRequired()
    {
        var app = Guarded(Requires.Scopes(UserJson, ["authenticated", "admin"]));
        using var client = new TestClient(app);

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(client, "/", TomChristie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/", BasicAuthBackend.Header("admin", "x"))).StatusCode);
    }

    [Fact]
    public async Task Scopes_Empty_AllowsAnonymous()
    {
        var app = Guarded(Requires.Scopes(UserJson, Array.Empty<string>()));
        using var client = new TestClient(app);

        var response = await GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertJsonAsync("""{"authenticated": false, "user": ""}""", response);
    }

    [Fact]
    public async Task Scopes_WithoutMiddleware_ThrowsClearError()
    {
        var app = new StarletteApp(routes: [new Route("/", Requires.Scopes(UserJson, "authenticated"))]);
        using var client = new TestClient(app);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => GetAsync(client, "/"));

        Assert.Equal("AuthenticationMiddleware must be installed to access request.auth", error.Message);
    }

    /// <summary>An app with one guarded route at <c>/</c>; the user <c>admin</c> also gets the <c>admin</c> scope.</summary>
    private static StarletteApp Guarded(Func<Request, Response> endpoint) => new(
        middleware: [AuthenticationMiddleware.Create(new AdminScopeBackend())],
        routes: [new Route("/", endpoint)]);

    private sealed class AdminScopeBackend : IAuthenticationBackend
    {
        private readonly BasicAuthBackend _basic = new();

        public async ValueTask<AuthenticationResult?> AuthenticateAsync(HttpConnection connection)
        {
            if (await _basic.AuthenticateAsync(connection) is not { } result) return null;
            var user = (SimpleUser)result.User;
            return user.Username == "admin" ? new AuthenticationResult(new AuthCredentials(["authenticated", "admin"]), user) : result;
        }
    }
}
