using Starlette.Requests;
using Starlette.Types;

namespace Starlette.Authentication.Tests.Connection;

public sealed class HttpConnectionAuthExtensionsTests
{
    [Fact]
    public void GetUser_WithoutMiddleware_ThrowsUpstreamMessage()
    {
        var connection = new HttpConnection(new Scope(ScopeType.Http));

        Assert.Equal("AuthenticationMiddleware must be installed to access request.user", Assert.Throws<InvalidOperationException>(() => connection.User).Message);
        Assert.Equal("AuthenticationMiddleware must be installed to access request.auth", Assert.Throws<InvalidOperationException>(() => connection.Auth).Message);
    }

    [Fact]
    public void UserAndAuth_ForeignObjectsInScope_ThrowClearError()
    {
        var scope = new Scope(ScopeType.WebSocket);
        scope.Items["user"] = "alice";
        scope.Items["auth"] = new List<string> { "authenticated" };
        var connection = new HttpConnection(scope);

        Assert.Equal("scope[\"user\"] is a String, not IUser.", Assert.Throws<InvalidCastException>(() => connection.User).Message);
        Assert.Equal("scope[\"auth\"] is a List`1, not AuthCredentials.", Assert.Throws<InvalidCastException>(() => connection.Auth).Message);
    }

    [Fact]
    public void HasRequiredScopes_AllNeeded()
    {
        var scope = new Scope(ScopeType.Http);
        scope.Items["auth"] = new AuthCredentials(["authenticated", "admin"]);
        var connection = new HttpConnection(scope);

        Assert.True(connection.HasRequiredScopes([]));
        Assert.True(connection.HasRequiredScopes(["admin", "authenticated"]));
        Assert.False(connection.HasRequiredScopes(["authenticated", "owner"]));
    }
}
