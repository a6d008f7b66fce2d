using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Starlette.Responses;
using Starlette.Types;
using static Starlette.Middleware.GZip.Tests.Harness;
using static Starlette.Testing.Support.Asgi.Recorder;

namespace Starlette.Middleware.GZip.Tests;

/// <summary>One output message per streamed chunk, each decodable on its own arrival (upstream 1.4.0 and 1.5.0).</summary>
public class GZipMiddlewareChunkTests
{
    // Decodes what a client has so far, as a streaming decompressor would: the input may stop mid-stream.
    private static byte[] DecodeSoFar(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = input.Read(buffer)) > 0) output.Write(buffer, 0, read);
        }
        catch (InvalidDataException)
        {
            // The end of the gzip member has not arrived yet.
        }

        return output.ToArray();
    }

    [Fact]
    public async Task Wrap_StreamedChunks_OneMessageEachDecodableOnArrival()
    {
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-type", "text/plain")]));
            await send(new HttpResponseBodyMessage("data: first\n\n"u8.ToArray(), moreBody: true));
            await send(new HttpResponseBodyMessage(ReadOnlyMemory<byte>.Empty, moreBody: true));
            await send(new HttpResponseBodyMessage("data: last\n\n"u8.ToArray()));
        };

        var events = await CallAsync(GZipMiddleware.Wrap(app), HttpScope(("accept-encoding", "gzip")));

        var start = Assert.IsType<HttpResponseStartMessage>(events[0]);
        Assert.Contains(new HttpHeader("content-encoding", "gzip"), start.Headers);
        Assert.Contains(new HttpHeader("vary", "Accept-Encoding"), start.Headers);
        Assert.DoesNotContain(start.Headers, h => h.Name == "content-length");
        Assert.Equal(4, events.Count);
        var bodies = events.Skip(1).Cast<HttpResponseBodyMessage>().Select(b => b.Body.ToArray()).ToList();
        Assert.Equal("data: first\n\n", Encoding.ASCII.GetString(DecodeSoFar(bodies[0])));
        Assert.Equal("data: first\n\n", Encoding.ASCII.GetString(DecodeSoFar([.. bodies[0], .. bodies[1]])));
        Assert.Equal("data: first\n\ndata: last\n\n", Encoding.ASCII.GetString(Gunzip([.. bodies[0], .. bodies[1], .. bodies[2]])));
    } // upstream test_gzip_streaming_response_emits_output_per_chunk

    [Fact]
    public async Task Wrap_LargeBody_CompressesToAValidSmallerBody()
    {
        var payload = new string('x', 128 * 1024);
        using var client = Client(App(_ => new PlainTextResponse(payload)));

        var response = await GetAsync(client, "gzip");

        Assert.Equal("gzip", Header(response, "content-encoding"));
        Assert.True(int.Parse(Header(response, "content-length")!, System.Globalization.CultureInfo.InvariantCulture) < payload.Length);
        Assert.Equal(payload, await response.Content.ReadAsStringAsync());
    } // upstream test_gzip_compression_in_thread

    [Fact]
    public async Task Wrap_LargeIncompressibleStreamedChunk_IsCompressedEagerly()
    {
        var chunk = SHA512.HashData("starlette-gzip-stream"u8.ToArray()).AsSpan().ToArray();
        chunk = [.. Enumerable.Range(0, 256 * 1024 / chunk.Length).SelectMany(i => SHA512.HashData([.. chunk, (byte)i, (byte)(i >> 8)]))];
        AsgiApp app = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-type", "application/json")]));
            await send(new HttpResponseBodyMessage(chunk, moreBody: true));
            await send(new HttpResponseBodyMessage("tail"u8.ToArray()));
        };

        var events = await CallAsync(GZipMiddleware.Wrap(app), HttpScope(("accept-encoding", "gzip")));

        Assert.Equal(3, events.Count);
        var first = ((HttpResponseBodyMessage)events[1]).Body.ToArray();
        Assert.Equal(chunk, DecodeSoFar(first));
        Assert.Equal([.. chunk, .. "tail"u8.ToArray()], Gunzip(Body(events)));
    } // upstream test_gzip_streaming_compression_in_thread
}
