using Starlette.Types;
using static Starlette.Middleware.GZip.Tests.Harness;
using static Starlette.Testing.Support.Asgi.Recorder;

namespace Starlette.Middleware.GZip.Tests;

/// <summary>Malformed or unusual Accept-Encoding headers never throw; gzip follows upstream's substring test.</summary>
public class GZipMiddlewareAcceptEncodingTests
{
    private static readonly AsgiApp Large = async (_, _, send) =>
    {
        await send(new HttpResponseStartMessage(200));
        await send(new HttpResponseBodyMessage(new byte[2000]));
    };

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(";;;", null)]
    [InlineData(",,,", null)]
    [InlineData("=", null)]
    [InlineData("br;q=", null)]
    [InlineData("br;q=abc", null)]
    [InlineData("br;q=-1", null)]
    [InlineData("br;q=1e3", null)]
    [InlineData("br;q=abc, gzip", "gzip")]
    [InlineData("br;=;q", "br")]
    [InlineData("q=1;br", null)]
    [InlineData("\u00ff\u0001gzip\u0000", "gzip")]
    [InlineData("gzip;q=0", "gzip")]      // upstream's substring test ignores weights
    [InlineData("x-gzip", "gzip")]        // ... and token boundaries
    [InlineData("GZIP", null)]            // ... and is case-sensitive
    [InlineData("*", null)]
    [InlineData("deflate;q=0.5,  br  ;  Q = 0.9  ", "br")]
    public async Task Wrap_UnusualAcceptEncoding_NeverThrowsAndChoosesAsDocumented(string acceptEncoding, string? expected)
    {
        var app = GZipMiddleware.Wrap(Large, new GZipOptions { EnableBrotli = true });

        var events = await CallAsync(app, HttpScope(("accept-encoding", acceptEncoding)));

        var start = (HttpResponseStartMessage)events[0];
        Assert.Equal(expected, start.Headers.Where(h => h.Name == "content-encoding").Select(h => h.Value).SingleOrDefault());
        Assert.Contains(new HttpHeader("vary", "Accept-Encoding"), start.Headers);
        var body = Body(events);
        Assert.Equal(2000, (expected switch { "br" => Unbrotli(body), "gzip" => Gunzip(body), _ => body }).Length);
    }
}
