using Starlette.Types;
using static Starlette.Middleware.Cors.Tests.Contract;

namespace Starlette.Middleware.Cors.Tests;

/// <summary>
/// Exact status, header list (names, values, order) and body, called at the contract level. Every expectation here
/// is what upstream 1.3.1's CORSMiddleware sends for the same options, request headers and app headers.
/// </summary>
public class CorsMiddlewareHeaderOrderTests
{
    private static readonly (string, string) Origin = ("origin", "https://example.org");

    [Fact]
    public async Task Preflight_EverythingAllowedAndAsked_HeadersInUpstreamOrder()
    {
        var app = CorsMiddleware.Wrap(Harness.Unreachable, new CorsOptions
        {
            AllowOrigins = ["*"],
            AllowHeaders = ["*"],
            AllowMethods = ["*"],
            ExposeHeaders = ["X-Status"],
            AllowCredentials = true,
            AllowPrivateNetwork = true,
        });

        var response = Response(await CallAsync(app, HttpScope("OPTIONS", Origin, ("access-control-request-method", "PUT"),
            ("access-control-request-headers", "X-Example, X-Other"), ("access-control-request-private-network", "true"))));

        Assert.Equal(200, response.Status);
        Assert.Equal(
        [
            ("vary", "Origin"),
            ("access-control-allow-methods", "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"),
            ("access-control-max-age", "600"),
            ("access-control-allow-credentials", "true"),
            ("access-control-allow-origin", "https://example.org"),
            ("access-control-allow-headers", "X-Example, X-Other"),
            ("access-control-allow-private-network", "true"),
            ("content-length", "2"),
            ("content-type", "text/plain; charset=utf-8"),
        ], response.Headers);
        Assert.Equal("OK", response.Body);
    }

    [Fact]
    public async Task Preflight_WildcardOriginListedHeaders_StartsWithWildcardAndSortsHeaders()
    {
        var app = CorsMiddleware.Wrap(Harness.Unreachable, new CorsOptions
        {
            AllowOrigins = ["*"],
            AllowHeaders = ["X-Example"],
            AllowMethods = ["GET", "POST"],
            MaxAge = 0,
        });

        var response = Response(await CallAsync(app, HttpScope("OPTIONS", Origin, ("access-control-request-method", "POST"))));

        Assert.Equal(200, response.Status);
        Assert.Equal(
        [
            ("access-control-allow-origin", "*"),
            ("access-control-allow-methods", "GET, POST"),
            ("access-control-max-age", "0"),
            ("access-control-allow-headers", "Accept, Accept-Language, Content-Language, Content-Type, X-Example"),
            ("content-length", "2"),
            ("content-type", "text/plain; charset=utf-8"),
        ], response.Headers);
    }

    [Fact]
    public async Task Preflight_EverythingRefused_400ListsAllFourFailures()
    {
        var app = CorsMiddleware.Wrap(Harness.Unreachable, new CorsOptions { AllowOrigins = ["https://example.org"], AllowCredentials = true });

        var response = Response(await CallAsync(app, HttpScope("OPTIONS", ("origin", "https://evil.org"), ("access-control-request-method", "DELETE"),
            ("access-control-request-headers", "X-Nope"), ("access-control-request-private-network", "true"))));

        Assert.Equal(400, response.Status);
        Assert.Equal(
        [
            ("vary", "Origin"),
            ("access-control-allow-methods", "GET"),
            ("access-control-max-age", "600"),
            ("access-control-allow-headers", "Accept, Accept-Language, Content-Language, Content-Type"),
            ("access-control-allow-credentials", "true"),
            ("content-length", "56"),
            ("content-type", "text/plain; charset=utf-8"),
        ], response.Headers);
        Assert.Equal("Disallowed CORS origin, method, headers, private-network", response.Body);
    }

    [Fact]
    public async Task Preflight_MixedCaseConfigAndPythonWhitespace_SortsOrdinallyAndStripsAsPython()
    {
        var app = CorsMiddleware.Wrap(Harness.Unreachable, new CorsOptions
        {
            AllowOriginRegex = @"https://.*\.example\.org",
            AllowHeaders = ["content-type", "X-B", "x-a"],
            AllowMethods = ["GET", "get"],
        });

        // Python's str.strip() also removes U+001C..U+001F, which .NET's char.IsWhiteSpace does not count.
        var response = Response(await CallAsync(app, HttpScope("OPTIONS", ("origin", "https://a.example.org"), ("access-control-request-method", "GET"),
            ("access-control-request-headers", "CONTENT-TYPE ,\tx-b,\u001fX-A\u001c"))));

        Assert.Equal(200, response.Status);
        Assert.Equal(
        [
            ("vary", "Origin"),
            ("access-control-allow-methods", "GET, get"),
            ("access-control-max-age", "600"),
            ("access-control-allow-headers", "Accept, Accept-Language, Content-Language, Content-Type, X-B, content-type, x-a"),
            ("access-control-allow-origin", "https://a.example.org"),
            ("content-length", "2"),
            ("content-type", "text/plain; charset=utf-8"),
        ], response.Headers);
    }

    [Theory]
    [InlineData("GET", "accept,", "Disallowed CORS headers")] // the empty part after the comma is not an allowed header
    [InlineData("get", "", "Disallowed CORS method, headers")] // methods compare exactly; an empty list is one empty name
    public async Task Preflight_EmptyRequestedHeaderOrLowercaseMethod_RefusedAsUpstream(string method, string requestedHeaders, string text)
    {
        var app = CorsMiddleware.Wrap(Harness.Unreachable, new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = Response(await CallAsync(app, HttpScope("OPTIONS", Origin, ("access-control-request-method", method),
            ("access-control-request-headers", requestedHeaders))));

        Assert.Equal(400, response.Status);
        Assert.Equal(("access-control-allow-origin", "https://example.org"), response.Headers[4]);
        Assert.Equal(text, response.Body);
    }

    [Fact]
    public async Task Simple_WildcardWithCredentials_ReplacesFirstAppHeaderAndMergesFirstVary()
    {
        var app = CorsMiddleware.Wrap(
            Sending(("vary", "Accept-Encoding"), ("content-type", "text/plain"), ("access-control-allow-origin", "x"), ("vary", "Cookie"), ("access-control-allow-origin", "y")),
            new CorsOptions { AllowOrigins = ["*"], AllowCredentials = true, ExposeHeaders = ["X-Status", "X-B"] });

        var response = Response(await CallAsync(app, HttpScope("GET", Origin)));

        Assert.Equal(
        [
            ("vary", "Accept-Encoding, Origin"),
            ("content-type", "text/plain"),
            ("access-control-allow-origin", "https://example.org"),
            ("access-control-allow-credentials", "true"),
            ("access-control-expose-headers", "X-Status, X-B"),
        ], response.Headers);
        Assert.Equal("Homepage", response.Body);
    }

    [Fact]
    public async Task Simple_ListedOrigin_VaryMergedInPlaceLaterVaryDropped()
    {
        var app = CorsMiddleware.Wrap(
            Sending(("content-type", "text/plain"), ("vary", "Accept-Encoding"), ("x-a", "1"), ("vary", "Cookie")),
            new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = Response(await CallAsync(app, HttpScope("GET", Origin)));

        Assert.Equal(
        [
            ("content-type", "text/plain"),
            ("vary", "Accept-Encoding, Origin"),
            ("x-a", "1"),
            ("access-control-allow-origin", "https://example.org"),
        ], response.Headers);
    }

    [Fact]
    public async Task Simple_WildcardWithoutCredentials_OverwritesAppsOriginHeaderWithWildcard()
    {
        var app = CorsMiddleware.Wrap(
            Sending(("content-length", "8"), ("access-control-allow-origin", "x"), ("content-type", "text/plain")),
            new CorsOptions { AllowOrigins = ["*"] });

        var response = Response(await CallAsync(app, HttpScope("GET", Origin)));

        Assert.Equal([("content-length", "8"), ("access-control-allow-origin", "*"), ("content-type", "text/plain")], response.Headers);
    }

    [Fact]
    public async Task Simple_RefusedOriginWithCredentialsAndExposedHeaders_AddsThoseButNoOrigin()
    {
        var app = CorsMiddleware.Wrap(Sending(("content-length", "8")),
            new CorsOptions { AllowOrigins = ["https://example.org"], AllowCredentials = true, ExposeHeaders = ["A", "B"] });

        var response = Response(await CallAsync(app, HttpScope("GET", ("origin", "https://evil.org"))));

        Assert.Equal([("content-length", "8"), ("access-control-allow-credentials", "true"), ("access-control-expose-headers", "A, B")], response.Headers);
    }

    [Fact]
    public async Task Simple_RefusedOriginNothingToAdd_SendsTheAppsOwnMessage()
    {
        HttpResponseStartMessage? sentByApp = null;
        AsgiApp inner = async (_, _, send) =>
        {
            sentByApp = new HttpResponseStartMessage(200, [new HttpHeader("content-length", "0")]);
            await send(sentByApp);
            await send(HttpResponseBodyMessage.Empty);
        };
        var app = CorsMiddleware.Wrap(inner, new CorsOptions { AllowOrigins = ["https://example.org"] });

        var sent = await CallAsync(app, HttpScope("GET", ("origin", "https://evil.org")));

        Assert.Same(sentByApp, sent[0]);
        Assert.Equal([new HttpHeader("content-length", "0")], sentByApp!.Headers);
    }

    [Fact]
    public async Task Simple_DuplicateOriginHeaders_FirstOneCounts()
    {
        var app = CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOrigins = ["https://example.org", "null"] });

        var response = Response(await CallAsync(app, HttpScope("GET", ("origin", "null"), Origin)));

        Assert.Equal([("access-control-allow-origin", "null"), ("vary", "Origin")], response.Headers);
    }

    [Fact]
    public async Task Simple_OptionsWithoutRequestMethod_IsNotAPreflight()
    {
        var app = CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = Response(await CallAsync(app, HttpScope("OPTIONS", Origin)));

        Assert.Equal([("access-control-allow-origin", "https://example.org"), ("vary", "Origin")], response.Headers);
        Assert.Equal("Homepage", response.Body);
    }

    [Fact]
    public async Task Simple_RequestMethodHeaderOnGet_IsNotAPreflight()
    {
        var app = CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = Response(await CallAsync(app, HttpScope("GET", Origin, ("access-control-request-method", "GET"))));

        Assert.Equal("Homepage", response.Body);
    }
}
