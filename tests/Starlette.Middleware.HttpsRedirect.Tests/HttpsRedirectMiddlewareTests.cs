using System.Net;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using Starlette.Testing.Support.Asgi;

namespace Starlette.Middleware.HttpsRedirect.Tests;

public class HttpsRedirectMiddlewareTests
{
    private static readonly AsgiApp Homepage = (scope, receive, send) => new PlainTextResponse("OK").ExecuteAsync(scope, receive, send);

    private static readonly AsgiApp App = HttpsRedirectMiddleware.Wrap(Homepage);

    private static TestClient Client(string baseAddress) =>
        new(App, new TestClientOptions { BaseAddress = new Uri(baseAddress), FollowRedirects = false });

    private static Scope Scope(ScopeType type, string scheme, string path, string query, HostPort? server, params (string Name, string Value)[] headers) =>
        new(type) { Scheme = scheme, Path = path, QueryString = query, Server = server, Headers = headers.Select(h => new HttpHeader(h.Name, h.Value)).ToList() };

    private static async Task<string> LocationAsync(Scope scope)
    {
        var start = Assert.IsType<HttpResponseStartMessage>((await Recorder.CallAsync(App, scope))[0]);
        Assert.Equal(307, start.Status);
        return Assert.Single(start.Headers, h => h.Name == "location").Value;
    }

    [Fact]
    public async Task Wrap_HttpRequests_307ToHttpsDroppingPorts80And443Only() // upstream test_https_redirect_middleware
    {
        using (var client = Client("https://testserver"))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        foreach (var (baseAddress, location) in new[]
        {
            ("http://testserver", "https://testserver/"),
            ("http://testserver:80", "https://testserver/"),
            ("http://testserver:443", "https://testserver/"),
            ("http://testserver:123", "https://testserver:123/"),
        })
        {
            using var client = Client(baseAddress);
            var response = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
            Assert.Equal(location, Assert.Single(response.Headers.GetValues("location")));
        }
    }

    [Fact]
    public async Task Wrap_HttpRequest_ExactHeadersAndEmptyBody()
    {
        using var client = Client("http://testserver");

        var response = await client.GetAsync("/a/b?c=d");

        Assert.Equal([new HttpHeader("content-length", "0"), new HttpHeader("location", "https://testserver/a/b?c=d")], response.GetRawHeaders());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Wrap_PathAndQuery_PreservedAndQuotedAsUpstream()
    {
        var location = await LocationAsync(Scope(ScopeType.Http, "http", "/a b", "q=%2F&x", null, ("host", "TestServer:80")));

        // Port 80: the host name as Python's urlsplit gives it, lowercased.
        Assert.Equal("https://testserver/a%20b?q=%2F&x", location);
    }

    [Fact]
    public async Task Wrap_OtherPort_AuthorityKeptAsSent()
    {
        Assert.Equal("https://TestServer:8080/", await LocationAsync(Scope(ScopeType.Http, "http", "/", "", null, ("host", "TestServer:8080"))));
    }

    [Fact]
    public async Task Wrap_Ipv6HostOnPort80_BracketsDroppedAsUpstream()
    {
        Assert.Equal("https://::1/", await LocationAsync(Scope(ScopeType.Http, "http", "/", "", null, ("host", "[::1]:80"))));
    }

    [Fact]
    public async Task Wrap_UnusableHostHeader_FallsBackToServerAddress()
    {
        Assert.Equal("https://10.0.0.1:8080/", await LocationAsync(Scope(ScopeType.Http, "http", "/", "", new HostPort("10.0.0.1", 8080), ("host", "bad host"))));
    }

    [Fact]
    public async Task Wrap_PortOutOfRange_ThrowsAsUpstream()
    {
        var error = await Assert.ThrowsAsync<FormatException>(() => Recorder.CallAsync(App, Scope(ScopeType.Http, "http", "/", "", null, ("host", "testserver:99999"))));

        Assert.Equal("Port out of range 0-65535", error.Message);
    }

    [Fact]
    public async Task Wrap_NoHostHeaderNorServer_ThrowsAsUpstream()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Recorder.CallAsync(App, Scope(ScopeType.Http, "http", "//evil.com/x", "", null)));
    }

    [Fact]
    public async Task Wrap_WebSocket_DeniedWith307ToWss()
    {
        using var client = Client("http://testserver:443");

        var denial = await Assert.ThrowsAsync<WebSocketDenialResponseException>(() => client.WebSocketConnectAsync("/ws?x=1"));

        Assert.Equal(307, denial.StatusCode);
        Assert.Equal([new HttpHeader("content-length", "0"), new HttpHeader("location", "wss://testserver/ws?x=1")], denial.Headers);
    }

    [Theory]
    [InlineData(ScopeType.Http, "https")]
    [InlineData(ScopeType.WebSocket, "wss")]
    [InlineData(ScopeType.Lifespan, "http")]
    public async Task Wrap_SecureOrLifespanScope_PassesThrough(ScopeType type, string scheme)
    {
        var called = false;
        var app = HttpsRedirectMiddleware.Wrap((_, _, _) => { called = true; return ValueTask.CompletedTask; });

        await app(Scope(type, scheme, "/", "", null), () => default, _ => default);

        Assert.True(called);
    }

    [Fact]
    public async Task Create_Descriptor_NamesTheMiddlewareAndWrapsApps()
    {
        var middleware = HttpsRedirectMiddleware.Create();
        var sent = await Recorder.CallAsync(middleware.Wrap(Homepage), Scope(ScopeType.Http, "http", "/", "", null, ("host", "example.com")));

        Assert.Equal("HttpsRedirectMiddleware", middleware.Name);
        Assert.Null(middleware.Options);
        Assert.Equal("Middleware(HttpsRedirectMiddleware)", middleware.ToString());
        Assert.Equal(new HttpHeader("location", "https://example.com/"), Assert.IsType<HttpResponseStartMessage>(sent[0]).Headers[1]);
    }

    [Fact]
    public void Wrap_NullApp_Throws() => Assert.Throws<ArgumentNullException>(() => HttpsRedirectMiddleware.Wrap(null!));
}
