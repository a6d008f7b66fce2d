using System.Globalization;
using Starlette.Responses;
using Starlette.Types;
using static Starlette.Middleware.GZip.Tests.Harness;
using static Starlette.Testing.Support.Asgi.Recorder;

namespace Starlette.Middleware.GZip.Tests;

/// <summary>The Brotli option: off by default, and "br" wins over gzip when on and accepted.</summary>
public class GZipMiddlewareBrotliTests
{
    private static readonly string Text4000 = new('x', 4000);

    [Fact]
    public async Task Wrap_BrotliOffByDefault_UsesGzipEvenWhenBrIsAccepted()
    {
        using var client = Client(App(_ => new PlainTextResponse(Text4000)));

        var response = await GetAsync(client, "gzip, deflate, br");

        Assert.Equal("gzip", Header(response, "content-encoding"));
    }

    [Fact]
    public async Task Wrap_BrotliOnAndAccepted_CompressesWithBrotli()
    {
        using var client = Client(App(_ => new PlainTextResponse(Text4000)), new GZipOptions { EnableBrotli = true });

        var response = await GetAsync(client, "gzip, deflate, br");

        Assert.Equal(Text4000, await response.Content.ReadAsStringAsync());
        Assert.Equal("br", Header(response, "content-encoding"));
        Assert.Equal("Accept-Encoding", Header(response, "vary"));
        Assert.True(int.Parse(Header(response, "content-length")!, CultureInfo.InvariantCulture) < 4000);
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("br;q=0.000, gzip", "gzip")]
    [InlineData("BR", "br")]
    [InlineData(" br ; q=0.5 ", "br")]
    [InlineData("gzip;q=1.0, br;q=0.1", "br")]
    [InlineData("identity", null)]
    [InlineData("br;q=0", null)]
    public async Task Wrap_BrotliOn_ChoosesByAcceptEncoding(string acceptEncoding, string? expected)
    {
        var app = GZipMiddleware.Wrap(App(_ => new PlainTextResponse(Text4000)), new GZipOptions { EnableBrotli = true });

        var events = await CallAsync(app, HttpScope(("accept-encoding", acceptEncoding)));

        var start = (HttpResponseStartMessage)events[0];
        Assert.Equal(expected, start.Headers.Where(h => h.Name == "content-encoding").Select(h => h.Value).SingleOrDefault());
        var body = Body(events);
        var decoded = expected switch { "br" => Unbrotli(body), "gzip" => Gunzip(body), _ => body };
        Assert.Equal(4000, decoded.Length);
    }

    [Fact]
    public async Task Wrap_BrotliQuality_IsUsed()
    {
        var low = await CallAsync(GZipMiddleware.Wrap(App(_ => new PlainTextResponse(LoremIpsum())), new GZipOptions { EnableBrotli = true, BrotliQuality = 0 }), HttpScope(("accept-encoding", "br")));
        var high = await CallAsync(GZipMiddleware.Wrap(App(_ => new PlainTextResponse(LoremIpsum())), new GZipOptions { EnableBrotli = true, BrotliQuality = 11 }), HttpScope(("accept-encoding", "br")));

        Assert.True(Body(high).Length < Body(low).Length);
        Assert.Equal(Unbrotli(Body(low)), Unbrotli(Body(high)));
    }

    private static string LoremIpsum() =>
        string.Concat(Enumerable.Range(0, 400).Select(i => $"item {i * 7919 % 1000} of the list, value {i * i % 97}; "));
}
