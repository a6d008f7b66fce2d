namespace Starlette.Types.Tests;

public class ScopeTests
{
    [Fact]
    public void Constructor_Http_HasAsgiDefaults()
    {
        var scope = new Scope(ScopeType.Http);

        Assert.Equal(ScopeType.Http, scope.Type);
        Assert.Equal("http", scope.TypeName);
        Assert.Equal("3.0", scope.AsgiVersion);
        Assert.Equal("2.0", scope.SpecVersion);
        Assert.Equal("1.1", scope.HttpVersion);
        Assert.Equal("GET", scope.Method);
        Assert.Equal("http", scope.Scheme);
        Assert.Equal("/", scope.Path);
        Assert.Null(scope.RawPath);
        Assert.Equal("", scope.QueryString);
        Assert.Equal("", scope.RootPath);
        Assert.Empty(scope.Headers);
        Assert.Null(scope.Client);
        Assert.Null(scope.Server);
        Assert.Empty(scope.Subprotocols);
        Assert.Null(scope.State);
        Assert.Null(scope.Extensions);
        Assert.False(scope.HasPathParams);
        Assert.False(scope.TryGetItem("app", out _));
        Assert.False(scope.Aborted.CanBeCanceled);
    }

    [Fact]
    public void Constructor_WebSocket_DefaultsToWsScheme()
    {
        var scope = new Scope(ScopeType.WebSocket);

        Assert.Equal("websocket", scope.TypeName);
        Assert.Equal("ws", scope.Scheme);
        Assert.Equal("1.1", scope.HttpVersion);
        Assert.Empty(scope.Subprotocols);
    }

    [Fact]
    public void Constructor_Lifespan_HasTypeAndAsgiVersion()
    {
        var scope = new Scope(ScopeType.Lifespan);

        Assert.Equal("lifespan", scope.TypeName);
        Assert.Equal("3.0", scope.AsgiVersion);
        Assert.Null(scope.State);
        Assert.Equal("lifespan", scope.ToString());
    }

    [Fact]
    public void PathParams_FirstAccess_CreatesDictionaryOnce()
    {
        var scope = new Scope(ScopeType.Http);

        scope.PathParams["id"] = 1;

        Assert.Same(scope.PathParams, scope.PathParams);
        Assert.True(scope.HasPathParams);
        Assert.Equal(1, scope.PathParams["id"]);
    }

    [Fact]
    public void Items_SetThenTryGet_ReturnsItem()
    {
        var scope = new Scope(ScopeType.Http);

        scope.Items["session"] = "data";

        Assert.True(scope.TryGetItem("session", out var value));
        Assert.Equal("data", value);
        Assert.False(scope.TryGetItem("user", out _));
    }

    [Fact]
    public void Clone_ChangesToCopy_DoNotReachOriginal()
    {
        var original = new Scope(ScopeType.Http) { Path = "/a", RootPath = "/root" };
        original.PathParams["id"] = 1;
        original.Items["app"] = "app";

        var copy = original.Clone();
        copy.Path = "/b";
        copy.PathParams["name"] = "x";
        copy.Items["router"] = "router";

        Assert.Equal("/a", original.Path);
        Assert.Equal("/root", copy.RootPath);
        Assert.Equal(["id"], original.PathParams.Keys);
        Assert.Equal(["app"], original.Items.Keys);
        Assert.Equal(2, copy.PathParams.Count);
        Assert.Equal(2, copy.Items.Count);
    }

    [Fact]
    public void Clone_WithoutDictionaries_LeavesThemUncreated()
    {
        var copy = new Scope(ScopeType.Http).Clone();

        Assert.False(copy.HasPathParams);
        Assert.False(copy.TryGetItem("app", out _));
    }

    [Fact]
    public void HasExtension_AdvertisedName_ReturnsTrue()
    {
        var scope = new Scope(ScopeType.Http)
        {
            Extensions = new Dictionary<string, object?> { [ExtensionNames.PathSend] = null },
        };

        Assert.True(scope.HasExtension("http.response.pathsend"));
        Assert.False(scope.HasExtension(ExtensionNames.Trailers));
        Assert.False(new Scope(ScopeType.Http).HasExtension(ExtensionNames.PathSend));
    }

    [Fact]
    public void ToString_HttpScope_ShowsMethodAndPath()
    {
        var scope = new Scope(ScopeType.Http) { Method = "POST", Path = "/users" };

        Assert.Equal("http POST /users", scope.ToString());
    }

    [Fact]
    public void ExtensionNames_MatchAsgiSpecification()
    {
        Assert.Equal("http.response.pathsend", ExtensionNames.PathSend);
        Assert.Equal("http.response.trailers", ExtensionNames.Trailers);
        Assert.Equal("http.response.push", ExtensionNames.ServerPush);
        Assert.Equal("websocket.http.response", ExtensionNames.WebSocketHttpResponse);
        Assert.Equal("http.response.debug", ExtensionNames.Debug);
        Assert.Equal("tls", ExtensionNames.Tls);
    }
}
