using System.Diagnostics;
using System.Net;
using static Starlette.Middleware.Cors.Tests.Contract;
using static Starlette.Middleware.Cors.Tests.Harness;

namespace Starlette.Middleware.Cors.Tests;

/// <summary>Origins and preflight headers no browser sends: never an exception, always upstream's answer.</summary>
public class CorsMiddlewareMalformedHeaderTests
{
    [Fact]
    public async Task Wrap_NullOriginNotListed_NoCorsHeaders()
    {
        using var client = Client(Homepage(), new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = await client.GetWithHeadersAsync("/", ("Origin", "null"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(HasHeader(response, "access-control-allow-origin"));
        Assert.False(HasHeader(response, "vary"));
    }

    [Fact]
    public async Task Wrap_NullOriginPreflight_400Origin()
    {
        using var client = Client(Unreachable, new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = await client.OptionsAsync("/", ("Origin", "null"), ("Access-Control-Request-Method", "GET"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Disallowed CORS origin", await TextAsync(response));
    }

    [Fact]
    public async Task Wrap_NullOriginAnyOriginWithCredentials_EchoedAsUpstreamDoes()
    {
        using var client = Client(Homepage(), new CorsOptions { AllowOrigins = ["*"], AllowCredentials = true });

        var response = await client.GetWithHeadersAsync("/", ("Origin", "null"));

        Assert.Equal("null", Header(response, "access-control-allow-origin"));
        Assert.Equal("Origin", Header(response, "vary"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("https://")]
    [InlineData("://::::")]
    [InlineData("https://exa\u00ffmple.org")]
    [InlineData("\u0000\u0001\u001f")]
    [InlineData("https://example.org\r\nx-injected: 1")]
    [InlineData("https://example.org, https://other.org")]
    public async Task Wrap_GarbageOrigin_RefusedWithoutThrowing(string origin)
    {
        var options = new CorsOptions { AllowOrigins = ["https://example.org"], AllowOriginRegex = @"https://[a-z]+\.org" };
        var simple = Response(await CallAsync(CorsMiddleware.Wrap(Sending(), options), HttpScope("GET", ("origin", origin))));
        var preflight = Response(await CallAsync(CorsMiddleware.Wrap(Unreachable, options),
            HttpScope("OPTIONS", ("origin", origin), ("access-control-request-method", "GET"))));

        Assert.Empty(simple.Headers);
        Assert.Equal(400, preflight.Status);
        Assert.Equal("Disallowed CORS origin", preflight.Body);
    }

    [Fact]
    public async Task Wrap_VeryLongOrigin_RefusedWithoutThrowing()
    {
        var origin = "https://" + new string('a', 1_000_000) + ".org!";
        var app = CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOrigins = ["https://example.org"], AllowOriginRegex = @"https://[a-z]+\.org" });

        var response = Response(await CallAsync(app, HttpScope("GET", ("origin", origin))));

        Assert.Empty(response.Headers);
    }

    [Fact]
    public async Task Wrap_CatastrophicPatternAndHostileOrigin_MatchesInLinearTime()
    {
        // (a+)+b against "aaaa...!" takes 2^n steps on a backtracking engine; the non-backtracking one is linear.
        var app = CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOriginRegex = "(a+)+b" });
        var watch = Stopwatch.StartNew();

        var response = Response(await CallAsync(app, HttpScope("GET", ("origin", new string('a', 100_000) + "!"))));

        Assert.Empty(response.Headers);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Wrap_VeryLongRequestedHeaders_CheckedWithoutThrowing()
    {
        var app = CorsMiddleware.Wrap(Unreachable, new CorsOptions { AllowOrigins = ["https://example.org"], AllowHeaders = [new string('x', 500)] });
        var allowed = string.Join(",", Enumerable.Repeat(" ACCEPT ,content-type, " + new string('X', 500), 2_000));
        var refused = allowed + ", " + new string('y', 100_000);

        var ok = Response(await CallAsync(app, HttpScope("OPTIONS", ("origin", "https://example.org"),
            ("access-control-request-method", "GET"), ("access-control-request-headers", allowed))));
        var bad = Response(await CallAsync(app, HttpScope("OPTIONS", ("origin", "https://example.org"),
            ("access-control-request-method", "GET"), ("access-control-request-headers", refused))));

        Assert.Equal((200, "OK"), (ok.Status, ok.Body));
        Assert.Equal((400, "Disallowed CORS headers"), (bad.Status, bad.Body));
    }

    [Fact]
    public async Task Wrap_NonAsciiRequestedHeader_ComparedLowercased()
    {
        var app = CorsMiddleware.Wrap(Unreachable, new CorsOptions { AllowOrigins = ["*"], AllowHeaders = ["X-Grüße"] });

        var response = Response(await CallAsync(app, HttpScope("OPTIONS", ("origin", "https://example.org"),
            ("access-control-request-method", "GET"), ("access-control-request-headers", "x-GRÜSSE, X-GRÜßE"))));

        // Python's "X-GRÜSSE".lower() is "x-grüsse", not "x-grüße": refused; "X-GRÜßE" lowercases to the allowed name.
        Assert.Equal((400, "Disallowed CORS headers"), (response.Status, response.Body));
        var allowed = Response(await CallAsync(app, HttpScope("OPTIONS", ("origin", "https://example.org"),
            ("access-control-request-method", "GET"), ("access-control-request-headers", "X-GRÜßE"))));
        Assert.Equal(200, allowed.Status);
    }

    [Fact]
    public async Task Wrap_EmptyRequestMethodHeader_StillAPreflight()
    {
        var app = CorsMiddleware.Wrap(Unreachable, new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = Response(await CallAsync(app, HttpScope("OPTIONS", ("origin", "https://example.org"), ("access-control-request-method", ""))));

        Assert.Equal((400, "Disallowed CORS method"), (response.Status, response.Body));
    }

    [Fact]
    public async Task Wrap_EmptyOriginHeader_TreatedAsAnOrigin()
    {
        var app = CorsMiddleware.Wrap(Sending(), new CorsOptions { AllowOrigins = ["*"] });

        var response = Response(await CallAsync(app, HttpScope("GET", ("origin", ""))));

        Assert.Equal([("access-control-allow-origin", "*")], response.Headers);
    }
}
