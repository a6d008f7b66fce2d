using System.Net;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Middleware.TrustedHost.Tests.Harness;
using static Starlette.Testing.Support.Asgi.Recorder;

namespace Starlette.Middleware.TrustedHost.Tests;

public class TrustedHostMiddlewareTests
{
    private static AsgiApp App(params string[] allowedHosts) =>
        TrustedHostMiddleware.Wrap(Homepage, new TrustedHostOptions { AllowedHosts = allowedHosts });

    private static TestClient Client(AsgiApp app, string baseAddress) => new(app, new TestClientOptions { BaseAddress = new Uri(baseAddress) });

    [Fact]
    public async Task Wrap_ExactAndWildcardHosts_AllowedOthers400() // upstream test_trusted_host_middleware
    {
        var app = App("testserver", "*.testserver");

        using (var client = new TestClient(app))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        using (var client = Client(app, "http://subdomain.testserver"))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        using (var client = Client(app, "http://invalidhost"))
        {
            var response = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Invalid host header", await response.Content.ReadAsStringAsync());
            Assert.Equal([new HttpHeader("content-length", "19"), new HttpHeader("content-type", "text/plain; charset=utf-8")], response.GetRawHeaders());
        }
    }

    [Fact]
    public async Task Wrap_DefaultOptions_AllowAnyHost() // upstream test_default_allowed_hosts
    {
        Assert.Equal(["*"], new TrustedHostOptions().AllowedHosts);
        Assert.True(new TrustedHostOptions().WwwRedirect);

        var scope = Scope(ScopeType.Http, "http", "/", "", ("host", "anything.invalid:1"));
        var sent = await CallAsync(TrustedHostMiddleware.Wrap(Homepage), scope);

        Assert.Equal(200, Assert.IsType<HttpResponseStartMessage>(sent[0]).Status);
    }

    [Fact]
    public async Task Wrap_OnlyWwwHostAllowed_RedirectsToIt() // upstream test_www_redirect
    {
        using var client = Client(App("www.example.com"), "https://example.com");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://www.example.com/", response.RequestMessage!.RequestUri!.ToString());
    }

    [Fact]
    public async Task Wrap_WwwRedirect_KeepsSchemePortPathAndQuery()
    {
        var scope = Scope(ScopeType.Http, "https", "/a b/c", "x=1&y=%20", ("host", "example.com:8443"));

        var sent = await CallAsync(App("www.example.com"), scope);

        var start = Assert.IsType<HttpResponseStartMessage>(sent[0]);
        Assert.Equal(307, start.Status);
        Assert.Equal([new HttpHeader("content-length", "0"), new HttpHeader("location", "https://www.example.com:8443/a%20b/c?x=1&y=%20")], start.Headers);
    }

    [Fact]
    public async Task Wrap_WwwRedirectOff_400()
    {
        var app = TrustedHostMiddleware.Wrap(Homepage, new TrustedHostOptions { AllowedHosts = ["www.example.com"], WwwRedirect = false });
        using var client = Client(app, "http://example.com");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid host header", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrap_HostWithPort_PortIgnored()
    {
        using var client = Client(App("testserver"), "http://testserver:8000");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("Example.com", 400)]      // compared exactly, case included, as upstream
    [InlineData(".example.com", 200)]     // "*.example.com" is a suffix match, as upstream
    [InlineData("evilexample.com", 400)]
    [InlineData("a.b.example.com", 200)]
    [InlineData("", 400)]
    public async Task Wrap_HostHeader_JudgedAsUpstream(string host, int status)
    {
        var sent = await CallAsync(App("example.com", "*.example.com"), Scope(ScopeType.Http, "http", "/", "", ("host", host)));

        Assert.Equal(status, Assert.IsType<HttpResponseStartMessage>(sent[0]).Status);
    }

    [Fact]
    public async Task Wrap_BracketedIpv6Host_CutAtFirstColonAsUpstream()
    {
        // Upstream splits on the first ':', so "[::1]:8000" becomes "[": the address itself never matches.
        var ipv6 = await CallAsync(App("[::1]"), Scope(ScopeType.Http, "http", "/", "", ("host", "[::1]:8000")));
        var bracket = await CallAsync(App("["), Scope(ScopeType.Http, "http", "/", "", ("host", "[::1]:8000")));

        Assert.Equal(400, Assert.IsType<HttpResponseStartMessage>(ipv6[0]).Status);
        Assert.Equal(200, Assert.IsType<HttpResponseStartMessage>(bracket[0]).Status);
    }

    [Fact]
    public async Task Wrap_NoHostHeader_400()
    {
        var sent = await CallAsync(App("example.com"), Scope(ScopeType.Http, "http", "/", ""));

        Assert.Equal(400, Assert.IsType<HttpResponseStartMessage>(sent[0]).Status);
    }

    [Fact]
    public async Task Wrap_DuplicateHostHeaders_FirstOneCounts()
    {
        var sent = await CallAsync(App("www.example.com"), Scope(ScopeType.Http, "http", "/", "", ("host", "example.com"), ("host", "www.example.com")));

        var start = Assert.IsType<HttpResponseStartMessage>(sent[0]);
        Assert.Equal(307, start.Status);
        Assert.Equal(new HttpHeader("location", "http://www.example.com/"), start.Headers[1]);
    }

    [Fact]
    public async Task Wrap_WebSocketInvalidHost_DeniedWith400()
    {
        using var client = Client(App("testserver"), "http://invalidhost");

        var denial = await Assert.ThrowsAsync<WebSocketDenialResponseException>(() => client.WebSocketConnectAsync("/"));

        Assert.Equal(400, denial.StatusCode);
        Assert.Equal("Invalid host header", denial.Text);
    }

    [Fact]
    public async Task Wrap_WebSocketWwwHost_DeniedWithRedirect()
    {
        var sent = await CallAsync(App("www.example.com"), Scope(ScopeType.WebSocket, "ws", "/", "", ("host", "example.com")));

        var start = Assert.IsType<WebSocketHttpResponseStartMessage>(sent[0]);
        Assert.Equal(307, start.Status);
        Assert.Equal([new HttpHeader("content-length", "0"), new HttpHeader("location", "ws://www.example.com/")], start.Headers);
        Assert.IsType<WebSocketHttpResponseBodyMessage>(sent[1]);
    }

    [Fact]
    public async Task Wrap_WebSocketAllowedHost_Accepted()
    {
        using var client = new TestClient(App("testserver"));

        await using var session = await client.WebSocketConnectAsync("/");

        Assert.Equal("OK", await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task Wrap_LifespanScope_PassesThrough()
    {
        var called = false;
        var app = TrustedHostMiddleware.Wrap((_, _, _) => { called = true; return ValueTask.CompletedTask; },
            new TrustedHostOptions { AllowedHosts = ["example.com"] });

        await app(new Scope(ScopeType.Lifespan), () => default, _ => default);

        Assert.True(called);
    }

    [Theory]
    [InlineData("*example.com")]
    [InlineData("example.*")]
    [InlineData("*.*.com")]
    [InlineData("a*b")]
    [InlineData("**")]
    public void Wrap_MisplacedWildcard_ThrowsWithUpstreamsMessage(string pattern)
    {
        var error = Assert.Throws<ArgumentException>(() => App("example.com", pattern));

        Assert.StartsWith("Domain wildcard patterns must be like '*.example.com'.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("*.example.com")]
    public void Wrap_ValidPatterns_Accepted(string pattern) => Assert.NotNull(App(pattern));

    [Fact]
    public void Wrap_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TrustedHostMiddleware.Wrap(null!));
        Assert.Throws<ArgumentException>(() => TrustedHostMiddleware.Wrap(Homepage, new TrustedHostOptions { AllowedHosts = null! }));
        Assert.Throws<ArgumentException>(() => TrustedHostMiddleware.Create(new TrustedHostOptions { AllowedHosts = [null!] }));
    }

    [Fact]
    public async Task Create_Descriptor_NamesTheMiddlewareAndWrapsApps()
    {
        var options = new TrustedHostOptions { AllowedHosts = ["example.com"] };

        var middleware = TrustedHostMiddleware.Create(options);
        var sent = await CallAsync(middleware.Wrap(Homepage), Scope(ScopeType.Http, "http", "/", "", ("host", "evil.com")));

        Assert.Equal("TrustedHostMiddleware", middleware.Name);
        Assert.Same(options, middleware.Options);
        Assert.Equal("Middleware(TrustedHostMiddleware, TrustedHostOptions { AllowedHosts = [example.com], WwwRedirect = True })", middleware.ToString());
        Assert.Equal(400, Assert.IsType<HttpResponseStartMessage>(sent[0]).Status);
    }
}
