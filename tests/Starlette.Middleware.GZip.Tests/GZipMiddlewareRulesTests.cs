using System.Globalization;
using System.Text;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Middleware.GZip.Tests.Harness;
using static Starlette.Testing.Support.Asgi.Recorder;

namespace Starlette.Middleware.GZip.Tests;

/// <summary>Upstream's rules at their edges: minimum size, HEAD, Vary merging, headers order, other messages and scopes.</summary>
public class GZipMiddlewareRulesTests
{
    private static AsgiApp Bytes(int length, params HttpHeader[] headers) => async (_, _, send) =>
    {
        var list = new List<HttpHeader>(headers) { new("content-length", length.ToString(CultureInfo.InvariantCulture)) };
        await send(new HttpResponseStartMessage(200, list));
        await send(new HttpResponseBodyMessage(Encoding.ASCII.GetBytes(new string('y', length))));
    };

    [Theory]
    [InlineData(499, false)]
    [InlineData(500, true)]
    [InlineData(501, true)]
    public async Task Wrap_BodyAroundMinimumSize_CompressesFromTheMinimumOn(int length, bool compressed)
    {
        var events = await CallAsync(GZipMiddleware.Wrap(Bytes(length)), HttpScope(("accept-encoding", "gzip")));

        var start = Assert.IsType<HttpResponseStartMessage>(events[0]);
        Assert.Equal(compressed, start.Headers.Any(h => h.Name == "content-encoding"));
        var body = Body(events);
        Assert.Equal(length, (compressed ? Gunzip(body) : body).Length);
    }

    [Fact]
    public async Task Wrap_CustomMinimumSize_IsHonoured()
    {
        var events = await CallAsync(GZipMiddleware.Wrap(Bytes(50), new GZipOptions { MinimumSize = 10 }), HttpScope(("accept-encoding", "gzip")));

        Assert.Contains(new HttpHeader("content-encoding", "gzip"), ((HttpResponseStartMessage)events[0]).Headers);
    }

    [Fact]
    public async Task Wrap_CompressedOneMessage_SetsContentLengthInPlaceAfterVary()
    {
        var events = await CallAsync(GZipMiddleware.Wrap(Bytes(4000, new HttpHeader("content-type", "text/plain"))), HttpScope(("accept-encoding", "gzip")));

        var start = (HttpResponseStartMessage)events[0];
        var body = ((HttpResponseBodyMessage)events[1]).Body;
        Assert.Equal(
            [new("content-type", "text/plain"), new("content-length", body.Length.ToString(CultureInfo.InvariantCulture)), new("vary", "Accept-Encoding"), new("content-encoding", "gzip")],
            start.Headers);
        Assert.False(((HttpResponseBodyMessage)events[1]).MoreBody);
    }

    [Fact]
    public async Task Wrap_ExistingVary_JoinsAcceptEncodingToIt()
    {
        using var client = Client(App(_ => new PlainTextResponse(new string('x', 4000), headers: new Dictionary<string, string> { ["vary"] = "Cookie" })));

        var response = await GetAsync(client, "gzip");

        Assert.Equal("Cookie, Accept-Encoding", Header(response, "vary"));
        Assert.Single(response.GetRawHeaders(), h => h.Name == "vary");
    }

    [Fact]
    public async Task Wrap_HeadOfAResponseSendingItsBody_ComputesHeadersAsForGet()
    {
        // Upstream has no HEAD rule: a response that sends its body for HEAD is compressed like GET (the host drops the body).
        using var client = Client(App(_ => new PlainTextResponse(new string('x', 4000))));

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/") { Headers = { { "accept-encoding", "gzip" } } });

        Assert.Equal("gzip", Header(response, "content-encoding"));
        Assert.Equal("Accept-Encoding", Header(response, "vary"));
        Assert.True(int.Parse(Header(response, "content-length")!, CultureInfo.InvariantCulture) < 4000);
    }

    [Fact]
    public async Task Wrap_HeadOfAResponseSendingNoBody_PassesThroughUntouched()
    {
        // A response that sends an empty body for HEAD (as FileResponse does) is a small response: untouched.
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-length", "4000"), new("content-type", "text/plain")]));
            await send(HttpResponseBodyMessage.Empty);
        };
        using var client = Client(app);

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/") { Headers = { { "accept-encoding", "gzip" } } });

        Assert.Equal([new("content-length", "4000"), new("content-type", "text/plain")], response.GetRawHeaders());
    }

    [Fact]
    public async Task Wrap_NoAcceptEncodingHeader_SendsIdentityWithVary()
    {
        var events = await CallAsync(GZipMiddleware.Wrap(Bytes(4000)), HttpScope());

        Assert.Equal([new("content-length", "4000"), new("vary", "Accept-Encoding")], ((HttpResponseStartMessage)events[0]).Headers);
        Assert.Equal(4000, Body(events).Length);
    }

    [Fact]
    public async Task Wrap_SeveralAcceptEncodingHeaders_ReadsTheFirstOnly()
    {
        var events = await CallAsync(GZipMiddleware.Wrap(Bytes(4000)), HttpScope(("accept-encoding", "identity"), ("accept-encoding", "gzip")));

        Assert.DoesNotContain(((HttpResponseStartMessage)events[0]).Headers, h => h.Name == "content-encoding");
    }

    [Fact]
    public async Task Wrap_EventStreamWithParameters_PassesThrough()
    {
        var events = await CallAsync(GZipMiddleware.Wrap(Bytes(4000, new HttpHeader("content-type", "text/event-stream; charset=utf-8"))), HttpScope(("accept-encoding", "gzip")));

        Assert.DoesNotContain(((HttpResponseStartMessage)events[0]).Headers, h => h.Name is "content-encoding" or "vary");
        Assert.Equal(4000, Body(events).Length);
    }

    [Fact]
    public async Task Wrap_TrailersAndDebugMessages_ArePassedOn()
    {
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseDebugMessage(new Dictionary<string, object?> { ["template"] = "index.html" }));
            await send(new HttpResponseStartMessage(200, trailers: true));
            await send(new HttpResponseBodyMessage(new byte[1000]));
            await send(new HttpResponseTrailersMessage([new("x-checksum", "1")]));
        };

        var events = await CallAsync(GZipMiddleware.Wrap(app), HttpScope(("accept-encoding", "gzip")));

        Assert.Collection(
            events,
            m => Assert.IsType<HttpResponseDebugMessage>(m),
            m => Assert.IsType<HttpResponseStartMessage>(m),
            m => Assert.IsType<HttpResponseBodyMessage>(m),
            m => Assert.IsType<HttpResponseTrailersMessage>(m));
    }

    [Fact]
    public async Task Wrap_WebSocketScope_CallsTheAppWithTheSameSend()
    {
        Send? seen = null;
        AsgiApp app = (_, _, send) =>
        {
            seen = send;
            return ValueTask.CompletedTask;
        };
        Send original = _ => ValueTask.CompletedTask;

        await GZipMiddleware.Wrap(app)(new Scope(ScopeType.WebSocket), () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), original);

        Assert.Same(original, seen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-1)]
    [InlineData(9)]
    public async Task Wrap_EveryCompressLevel_RoundTrips(int level)
    {
        var events = await CallAsync(GZipMiddleware.Wrap(Bytes(4000), new GZipOptions { CompressLevel = level }), HttpScope(("accept-encoding", "gzip")));

        Assert.Equal(new string('y', 4000), Encoding.ASCII.GetString(Gunzip(Body(events))));
    }
}
