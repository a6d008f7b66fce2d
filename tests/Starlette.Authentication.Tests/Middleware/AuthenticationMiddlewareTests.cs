using System.Net;
using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Authentication.Tests.AuthApp;

namespace Starlette.Authentication.Tests.Middleware;

public sealed class AuthenticationMiddlewareTests
{
    [Fact]
    public async Task Invoke_AnonymousOrAuthenticated_SetsUser()
    {
        using var client = new TestClient(Create());

        var response = await GetAsync(client, "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertJsonAsync("""{"authenticated": false, "user": ""}""", response);

        response = await GetAsync(client, "/", TomChristie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertJsonAsync("""{"authenticated": true, "user": "tomchristie"}""", response);
    } // upstream test_user_interface

    private static JsonResponse OnAuthError(HttpConnection connection, AuthenticationException error) =>
        new(new JsonObject { ["error"] = error.Message }, 401);

    [Fact]
    public async Task Invoke_CustomOnError_AnswersBackendError()
    {
        var app = new StarletteApp(
            routes: [new Route("/control-panel", Requires.Scopes(UserJson, "authenticated"))],
            middleware: [AuthenticationMiddleware.Create(new BasicAuthBackend(), OnAuthError)]);
        using var client = new TestClient(app);

        var response = await GetAsync(client, "/control-panel", TomChristie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertJsonAsync("""{"authenticated": true, "user": "tomchristie"}""", response);

        response = await GetAsync(client, "/control-panel", "basic foobar");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertJsonAsync("""{"error": "Invalid basic auth credentials"}""", response);
    } // upstream test_custom_on_error

    [Fact]
    public async Task Invoke_BackendError_Default400PlainTextAndAppNotCalled()
    {
        var called = false;
        var app = AuthenticationMiddleware.Wrap((_, _, _) => { called = true; return ValueTask.CompletedTask; }, new BasicAuthBackend());
        using var client = new TestClient(app);

        var response = await GetAsync(client, "/", "Basic not base64!");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Invalid basic auth credentials", await response.Content.ReadAsStringAsync());
        Assert.False(called);
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Basic a b")]
    [InlineData("Basic \u00e9t\u00e9")]
    [InlineData("Basic gA==")]
    public async Task Invoke_MalformedAuthorizationHeader_400NotServerError(string authorization)
    {
        using var client = new TestClient(Create());

        var response = await GetAsync(client, "/", authorization);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid basic auth credentials", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_BackendErrorWithoutMessage_EmptyBody()
    {
        var app = AuthenticationMiddleware.Wrap((_, _, _) => ValueTask.CompletedTask, new ThrowingBackend(new AuthenticationException()));
        using var client = new TestClient(app);

        var response = await GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_OtherBackendException_Propagates()
    {
        var app = AuthenticationMiddleware.Wrap((_, _, _) => ValueTask.CompletedTask, new ThrowingBackend(new TimeoutException("store down")));
        using var client = new TestClient(app);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => GetAsync(client, "/"));

        Assert.Equal("store down", error.Message);
    }

    [Fact]
    public async Task Invoke_WebSocketBackendError_OnErrorRunsAndClosesWith1000()
    {
        var errors = new List<string>();
        Response OnError(HttpConnection connection, AuthenticationException error)
        {
            errors.Add($"{connection.Scope.TypeName}: {error.Message}");
            return new PlainTextResponse("unused", 401);
        }

        var app = AuthenticationMiddleware.Wrap((_, _, _) => throw new InvalidOperationException("app called"), new BasicAuthBackend(), OnError);
        using var client = new TestClient(app);

        var error = await Assert.ThrowsAsync<WebSocketDisconnectException>(() =>
            client.WebSocketConnectAsync("/ws", headers: AuthorizationHeader("basic foobar")));

        Assert.Equal(1000, error.Code);
        Assert.Equal(["websocket: Invalid basic auth credentials"], errors);
    }

    [Fact]
    public async Task Invoke_Authenticated_StoresResultInScopeItems()
    {
        Scope? seen = null;
        var app = AuthenticationMiddleware.Wrap((scope, receive, send) => { seen = scope; return new PlainTextResponse("ok").ExecuteAsync(scope, receive, send); }, new BasicAuthBackend());
        using var client = new TestClient(app);

        await GetAsync(client, "/", TomChristie);

        var credentials = Assert.IsType<AuthCredentials>(seen!.Items[ScopeItemKeys.Auth]);
        Assert.Equal(["authenticated"], credentials.Scopes);
        Assert.Equal("tomchristie", Assert.IsType<SimpleUser>(seen.Items[ScopeItemKeys.User]).Username);
    }

    [Fact]
    public async Task Invoke_Anonymous_StoresNoScopesAndUnauthenticatedUser()
    {
        Scope? seen = null;
        var app = AuthenticationMiddleware.Wrap((scope, receive, send) => { seen = scope; return new PlainTextResponse("ok").ExecuteAsync(scope, receive, send); }, new BasicAuthBackend());
        using var client = new TestClient(app);

        await GetAsync(client, "/");

        Assert.Empty(Assert.IsType<AuthCredentials>(seen!.Items["auth"]).Scopes);
        Assert.IsType<UnauthenticatedUser>(seen.Items["user"]);
    }

    [Fact]
    public async Task Invoke_Lifespan_PassesThroughWithoutBackend()
    {
        var backend = new ThrowingBackend(new InvalidOperationException("backend called"));
        var types = new List<ScopeType>();
        var app = AuthenticationMiddleware.Wrap((scope, _, _) => { types.Add(scope.Type); return ValueTask.CompletedTask; }, backend);
        var lifespan = new Scope(ScopeType.Lifespan);

        await app(lifespan, () => throw new InvalidOperationException(), _ => ValueTask.CompletedTask);

        Assert.Equal([ScopeType.Lifespan], types);
        Assert.False(lifespan.Items.ContainsKey(ScopeItemKeys.Auth));
        Assert.False(lifespan.Items.ContainsKey(ScopeItemKeys.User));
    }

    [Fact]
    public async Task Invoke_OnErrorReturnsNull_ThrowsClearError()
    {
        var app = AuthenticationMiddleware.Wrap((_, _, _) => ValueTask.CompletedTask, new ThrowingBackend(new AuthenticationException("bad")), (_, _) => null!);
        using var client = new TestClient(app);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => GetAsync(client, "/"));

        Assert.Equal("The authentication error handler returned no response.", error.Message);
    }

    [Fact]
    public void Create_Descriptor_NamedWithOptions()
    {
        var descriptor = AuthenticationMiddleware.Create(new BasicAuthBackend());

        Assert.Equal("AuthenticationMiddleware", descriptor.Name);
        Assert.Equal("Middleware(AuthenticationMiddleware, AuthenticationOptions { Backend = BasicAuthBackend, OnError = default })", descriptor.ToString());
    }

    [Fact]
    public void Create_MissingBackendOrOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AuthenticationMiddleware.Create((AuthenticationOptions)null!));
        Assert.Throws<ArgumentNullException>(() => AuthenticationMiddleware.Create((IAuthenticationBackend)null!));
        Assert.Throws<ArgumentNullException>(() => AuthenticationMiddleware.Wrap(null!, new BasicAuthBackend()));
    }

    [Fact]
    public async Task Invoke_BackendCompletesAsynchronously_SameOutcomes()
    {
        var app = new StarletteApp(
            routes: [new Route("/", Requires.Scopes(UserJson, "authenticated"))],
            middleware: [AuthenticationMiddleware.Create(new YieldingBackend())]);
        using var client = new TestClient(app);

        var response = await GetAsync(client, "/", TomChristie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertJsonAsync("""{"authenticated": true, "user": "tomchristie"}""", response);

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(client, "/")).StatusCode);

        response = await GetAsync(client, "/", "basic foobar");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid basic auth credentials", await response.Content.ReadAsStringAsync());

        var error = await Assert.ThrowsAsync<WebSocketDisconnectException>(() =>
            client.WebSocketConnectAsync("/ws", headers: AuthorizationHeader("basic foobar")));
        Assert.Equal(1000, error.Code);
    }

    /// <summary>The Basic backend, answering after a yield (a backend that looks a session or database up).</summary>
    private sealed class YieldingBackend : IAuthenticationBackend
    {
        private readonly BasicAuthBackend _basic = new();

        public async ValueTask<AuthenticationResult?> AuthenticateAsync(HttpConnection connection)
        {
            await Task.Yield();
            return await _basic.AuthenticateAsync(connection);
        }
    }

    private sealed class ThrowingBackend(Exception exception) : IAuthenticationBackend
    {
        public ValueTask<AuthenticationResult?> AuthenticateAsync(HttpConnection connection) => throw exception;
    }
}
