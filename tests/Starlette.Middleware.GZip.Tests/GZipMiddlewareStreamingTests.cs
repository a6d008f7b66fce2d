using System.Text;
using Starlette.Types;
using static Starlette.Middleware.GZip.Tests.Harness;
using static Starlette.Testing.Support.Asgi.Recorder;

namespace Starlette.Middleware.GZip.Tests;

/// <summary>Streamed responses: every chunk is flushed, so nothing is held back.</summary>
public class GZipMiddlewareStreamingTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("gzip", false, "gzip")]
    [InlineData("gzip, br", true, "br")]
    public async Task Wrap_StreamedChunk_ReadableBeforeTheAppSendsTheNext(string acceptEncoding, bool brotli, string expectedEncoding)
    {
        var sendSecond = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-type", "text/plain; charset=utf-8")]));
            await send(new HttpResponseBodyMessage(Encoding.ASCII.GetBytes("first chunk;"), moreBody: true));
            await sendSecond.Task.WaitAsync(Timeout);
            await send(new HttpResponseBodyMessage(Encoding.ASCII.GetBytes("second chunk"), moreBody: false));
        };
        using var client = Client(app, new GZipOptions { EnableBrotli = brotli });

        using var response = await GetAsync(client, acceptEncoding, completion: HttpCompletionOption.ResponseHeadersRead).WaitAsync(Timeout);
        Assert.Equal(expectedEncoding, Header(response, "content-encoding"));
        await using var stream = await response.Content.ReadAsStreamAsync();
        var first = new byte["first chunk;".Length];
        await stream.ReadExactlyAsync(first).AsTask().WaitAsync(Timeout);
        Assert.Equal("first chunk;", Encoding.ASCII.GetString(first));

        sendSecond.SetResult();
        using var rest = new MemoryStream();
        await stream.CopyToAsync(rest).WaitAsync(Timeout);
        Assert.Equal("second chunk", Encoding.ASCII.GetString(rest.ToArray()));
    }

    [Fact]
    public async Task Wrap_StreamedChunks_EachMessageDecodesToItsChunkSoFar()
    {
        var chunks = new[] { "alpha ", "beta ", "gamma ", "delta" };
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-length", "22")]));
            for (var i = 0; i < chunks.Length; i++)
                await send(new HttpResponseBodyMessage(Encoding.ASCII.GetBytes(chunks[i]), moreBody: i < chunks.Length - 1));
        };

        var events = await CallAsync(GZipMiddleware.Wrap(app), HttpScope(("accept-encoding", "gzip")));

        var start = Assert.IsType<HttpResponseStartMessage>(events[0]);
        Assert.Equal([new("content-encoding", "gzip"), new("vary", "Accept-Encoding")], start.Headers.OrderBy(h => h.Name));
        var bodies = events.Skip(1).Cast<HttpResponseBodyMessage>().ToList();
        Assert.Equal(chunks.Length, bodies.Count);
        Assert.Equal([true, true, true, false], bodies.Select(b => b.MoreBody));
        Assert.All(bodies, b => Assert.False(b.Body.IsEmpty));
        Assert.Equal(string.Concat(chunks), Encoding.ASCII.GetString(Gunzip(Body(events))));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Wrap_StreamOfEmptyChunks_SendsAValidEmptyCompressedBody(string coding)
    {
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200));
            await send(new HttpResponseBodyMessage(ReadOnlyMemory<byte>.Empty, moreBody: true));
            await send(new HttpResponseBodyMessage(ReadOnlyMemory<byte>.Empty, moreBody: false));
        };

        var events = await CallAsync(GZipMiddleware.Wrap(app, new GZipOptions { EnableBrotli = true }), HttpScope(("accept-encoding", coding)));

        Assert.Equal(coding, Assert.IsType<HttpResponseStartMessage>(events[0]).Headers.Single(h => h.Name == "content-encoding").Value);
        var body = Body(events);
        Assert.NotEmpty(body);
        Assert.Empty(coding == "br" ? Unbrotli(body) : Gunzip(body));
    }

    [Fact]
    public async Task Wrap_AppReusesItsBufferAfterSend_CompressedBodyIsUnaffected()
    {
        var buffer = new byte[600];
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200));
            for (var i = 0; i < 3; i++)
            {
                buffer.AsSpan().Fill((byte)('a' + i));
                await send(new HttpResponseBodyMessage(buffer, moreBody: i < 2));
            }

            buffer.AsSpan().Fill((byte)'z');
        };

        var events = await CallAsync(GZipMiddleware.Wrap(app), HttpScope(("accept-encoding", "gzip")));

        Assert.Equal(new string('a', 600) + new string('b', 600) + new string('c', 600), Encoding.ASCII.GetString(Gunzip(Body(events))));
    }

    [Fact]
    public async Task Wrap_AppThrowsMidStream_ExceptionReachesTheCaller()
    {
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200));
            await send(new HttpResponseBodyMessage(new byte[1000], moreBody: true));
            throw new InvalidOperationException("boom");
        };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CallAsync(GZipMiddleware.Wrap(app), HttpScope(("accept-encoding", "gzip"))));

        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public async Task Wrap_StreamWithContentLength_RemovesItWhenCompressingAndKeepsItForIdentity()
    {
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-length", "10"), new("x-other", "1")]));
            await send(new HttpResponseBodyMessage(new byte[5], moreBody: true));
            await send(new HttpResponseBodyMessage(new byte[5], moreBody: false));
        };

        var gzip = await CallAsync(GZipMiddleware.Wrap(app), HttpScope(("accept-encoding", "gzip")));
        var identity = await CallAsync(GZipMiddleware.Wrap(app), HttpScope(("accept-encoding", "identity")));

        Assert.Equal([new("x-other", "1"), new("vary", "Accept-Encoding"), new("content-encoding", "gzip")], ((HttpResponseStartMessage)gzip[0]).Headers);
        Assert.Equal([new("content-length", "10"), new("x-other", "1"), new("vary", "Accept-Encoding")], ((HttpResponseStartMessage)identity[0]).Headers);
        Assert.Equal(new byte[10], Body(identity));
    }
}
