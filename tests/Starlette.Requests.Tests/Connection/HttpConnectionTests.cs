using Starlette.Types;

namespace Starlette.Requests.Tests;

public class HttpConnectionTests
{
    [Theory]
    [InlineData("session", "SessionMiddleware must be installed to access request.session")]
    [InlineData("auth", "AuthenticationMiddleware must be installed to access request.auth")]
    [InlineData("user", "AuthenticationMiddleware must be installed to access request.user")]
    public void MiddlewareAccessors_WithoutMiddleware_FailClearly(string accessor, string message)
    {
        var connection = new HttpConnection(new Scope(ScopeType.Http));

        var error = Assert.Throws<InvalidOperationException>(() => accessor switch
        {
            "session" => (object)connection.Session,
            "auth" => connection.Auth,
            _ => connection.User,
        });

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void MiddlewareAccessors_WithItems_ReturnThem()
    {
        var scope = new Scope(ScopeType.Http);
        var session = new Dictionary<string, object?> { ["a"] = 1 };
        scope.Items["session"] = session;
        scope.Items["user"] = "alice";
        scope.Items["auth"] = "scopes";

        var connection = new HttpConnection(scope);

        Assert.Same(session, connection.Session);
        Assert.Equal("alice", connection.User);
        Assert.Equal("scopes", connection.Auth);
    }

    [Fact]
    public void Constructor_LifespanScope_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HttpConnection(new Scope(ScopeType.Lifespan)));
        Assert.Equal("ws", new HttpConnection(new Scope(ScopeType.WebSocket)).Scope.Scheme);
    }

    [Fact]
    public void BaseUrl_IsRootPathWithSlashAndNoQuery()
    {
        var scope = new Scope(ScopeType.Http)
        {
            Path = "/api/users",
            RootPath = "/api",
            QueryString = "x=1",
            Server = new HostPort("example.org", 8000),
            Headers = [new HttpHeader("host", "example.org:8000")],
        };

        var connection = new HttpConnection(scope);

        Assert.Equal("http://example.org:8000/api/", connection.BaseUrl.ToString());
        Assert.Equal("http://example.org:8000/api/users?x=1", connection.Url.ToString());
    }

    [Fact]
    public void PathParams_FromScope_AreExposed()
    {
        var scope = new Scope(ScopeType.Http);
        Assert.Empty(new HttpConnection(scope).PathParams);

        scope.PathParams["id"] = 42;
        Assert.Equal(42, new HttpConnection(scope).PathParams["id"]);
    }

    [Fact]
    public void State_WritesIntoTheScopeState()
    {
        var scope = new Scope(ScopeType.Http);

        new HttpConnection(scope).State["x"] = 1;

        Assert.Equal(1, scope.State!["x"]);
    }
}
