using Starlette.Responses;
using Starlette.Types;
using static Starlette.Middleware.Cors.Tests.Contract;
using static Starlette.Middleware.Cors.Tests.Harness;
using static Starlette.Testing.Support.Asgi.Recorder;

namespace Starlette.Middleware.Cors.Tests;

/// <summary>Scopes the middleware leaves alone, shared header lists, the descriptor and construction errors.</summary>
public class CorsMiddlewareBehaviourTests
{
    [Theory]
    [InlineData(ScopeType.WebSocket)]
    [InlineData(ScopeType.Lifespan)]
    public async Task Wrap_NonHttpScope_PassesThroughUntouched(ScopeType type)
    {
        Scope? seen = null;
        Send? seenSend = null;
        AsgiApp inner = (scope, _, send) => { seen = scope; seenSend = send; return ValueTask.CompletedTask; };
        Send send = _ => ValueTask.CompletedTask;
        var scope = new Scope(type) { Headers = [new HttpHeader("origin", "https://example.org")] };

        await CorsMiddleware.Wrap(inner, new CorsOptions { AllowOrigins = ["*"] })(scope, () => default, send);

        Assert.Same(scope, seen);
        Assert.Same(send, seenSend);
    }

    [Fact]
    public async Task Wrap_NoOriginHeader_AppGetsTheOriginalSend()
    {
        Send? seenSend = null;
        AsgiApp inner = (_, _, send) => { seenSend = send; return ValueTask.CompletedTask; };
        Send send = _ => ValueTask.CompletedTask;

        await CorsMiddleware.Wrap(inner, new CorsOptions { AllowOrigins = ["*"] })(HttpScope("GET", ("host", "example.org")), () => default, send);

        Assert.Same(send, seenSend);
    }

    [Fact]
    public async Task Wrap_HostsLazyHeaderView_ReadThroughTheInterface()
    {
        var headers = new List<HttpHeader>
        {
            new("host", "example.org"), new("origin", "https://example.org"), new("access-control-request-method", "GET"),
            new("access-control-request-headers", "X-Nope"), new("origin", "https://other.org"),
        }.AsReadOnly();
        var app = CorsMiddleware.Wrap(Unreachable, new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = Response(await CallAsync(app, new Scope(ScopeType.Http) { Method = "OPTIONS", Headers = headers }));

        Assert.Equal((400, "Disallowed CORS headers"), (response.Status, response.Body));
        Assert.Contains(("access-control-allow-origin", "https://example.org"), response.Headers);
    }

    [Fact]
    public async Task Wrap_BodyMessages_PassedOnAsTheSameInstances()
    {
        var chunks = new[] { new HttpResponseBodyMessage("a"u8.ToArray(), moreBody: true), new HttpResponseBodyMessage("b"u8.ToArray()) };
        AsgiApp inner = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200));
            foreach (var chunk in chunks) await send(chunk);
        };

        var sent = await CallKeepingInstancesAsync(CorsMiddleware.Wrap(inner, new CorsOptions { AllowOrigins = ["*"] }), HttpScope("GET", ("origin", "https://a.org")));

        Assert.Equal(3, sent.Count);
        Assert.Same(chunks[0], sent[1]);
        Assert.Same(chunks[1], sent[2]);
    }

    [Fact]
    public async Task Wrap_AppReusesOneResponse_ItsHeaderListIsNeverChanged()
    {
        var cached = new PlainTextResponse("Homepage", headers: [KeyValuePair.Create("vary", "Accept-Encoding")]);
        var before = cached.RawHeaders.ToArray();
        using var client = Client(cached.ToApp(), new CorsOptions { AllowOrigins = ["https://example.org"], AllowCredentials = true });

        var first = await client.GetWithHeadersAsync("/", ("Origin", "https://example.org"));
        var second = await client.GetWithHeadersAsync("/", ("Origin", "https://other.org"));
        var third = await client.GetWithHeadersAsync("/", ("Origin", "https://example.org"));

        Assert.Equal(before, cached.RawHeaders);
        Assert.Equal("https://example.org", Header(first, "access-control-allow-origin"));
        Assert.False(HasHeader(second, "access-control-allow-origin"));
        Assert.Equal("Accept-Encoding", Header(second, "vary"));
        Assert.Equal("Accept-Encoding, Origin", Header(third, "vary"));
    }

    [Fact]
    public async Task Wrap_OptionsChangedAfterwards_MiddlewareUnaffected()
    {
        var options = new CorsOptions { AllowOrigins = ["https://example.org"] };
        var app = CorsMiddleware.Wrap(Sending(), options);
        options.AllowOrigins.Add("https://other.org");
        options.AllowOrigins = ["*"];
        options.AllowCredentials = true;

        var response = Response(await CallAsync(app, HttpScope("GET", ("origin", "https://other.org"))));

        Assert.Empty(response.Headers);
    }

    [Fact]
    public async Task Wrap_AppHeadersInMixedCase_ReplacedAndJoinedAsUpstreamsMutableHeaders()
    {
        var app = CorsMiddleware.Wrap(
            Sending(("Access-Control-Allow-Origin", "https://stale.org"), ("Vary", "Accept-Encoding")),
            new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = Response(await CallAsync(app, HttpScope("GET", ("origin", "https://example.org"))));

        Assert.Equal([("access-control-allow-origin", "https://example.org"), ("vary", "Accept-Encoding, Origin")], response.Headers);
    }

    [Fact]
    public async Task Create_Descriptor_NamesTheMiddlewareAndWrapsApps()
    {
        var options = new CorsOptions { AllowOrigins = ["https://example.org"] };

        var middleware = CorsMiddleware.Create(options);
        var response = Response(await CallAsync(middleware.Wrap(Sending()), HttpScope("GET", ("origin", "https://example.org"))));

        Assert.Equal("CorsMiddleware", middleware.Name);
        Assert.Same(options, middleware.Options);
        Assert.StartsWith("Middleware(CorsMiddleware, CorsOptions { AllowOrigins = [https://example.org], ", middleware.ToString(), StringComparison.Ordinal);
        Assert.Equal([("access-control-allow-origin", "https://example.org"), ("vary", "Origin")], response.Headers);
    }

    [Fact]
    public async Task Wrap_PatternWithBackreference_UsesTheBacktrackingEngine()
    {
        var app = CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOriginRegex = @"https://(\w+)\.\1\.org" });

        var allowed = Response(await CallAsync(app, HttpScope("GET", ("origin", "https://ab.ab.org"))));
        var refused = Response(await CallAsync(app, HttpScope("GET", ("origin", "https://ab.cd.org"))));

        Assert.Equal(("access-control-allow-origin", "https://ab.ab.org"), allowed.Headers[0]);
        Assert.Empty(refused.Headers);
    }

    [Fact]
    public async Task Wrap_PatternWithAlternatives_MustMatchInFullAsPythonFullmatch()
    {
        // re.fullmatch("https://a|https://ab", "https://ab") matches: the anchor applies to every alternative.
        var app = CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOriginRegex = "https://a|https://ab" });

        var response = Response(await CallAsync(app, HttpScope("GET", ("origin", "https://ab"))));
        var prefixOnly = Response(await CallAsync(app, HttpScope("GET", ("origin", "https://abc"))));

        Assert.Equal(("access-control-allow-origin", "https://ab"), response.Headers[0]);
        Assert.Empty(prefixOnly.Headers);
    }

    [Theory]
    [InlineData("https://(")]
    [InlineData("a)|(b")]
    [InlineData(@"https://\")]
    public void Wrap_InvalidPattern_ThrowsArgumentException(string pattern)
    {
        var error = Assert.Throws<ArgumentException>(() => CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOriginRegex = pattern }));

        Assert.Equal("AllowOriginRegex", error.ParamName);
    }

    [Fact]
    public void Wrap_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => CorsMiddleware.Wrap(null!, new CorsOptions()));
        Assert.Throws<ArgumentNullException>(() => CorsMiddleware.Wrap(Sending(), null!));
        Assert.Throws<ArgumentNullException>(() => CorsMiddleware.Create(null!));
    }

    [Fact]
    public void Wrap_NullListOrEntry_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOrigins = null! }));
        Assert.Throws<ArgumentException>(() => CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowMethods = null! }));
        Assert.Throws<ArgumentException>(() => CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowHeaders = [null!] }));
        Assert.Throws<ArgumentException>(() => CorsMiddleware.Create(new CorsOptions { ExposeHeaders = ["a", null!] }));
    }
}
