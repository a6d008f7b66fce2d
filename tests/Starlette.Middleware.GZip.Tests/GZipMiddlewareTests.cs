using System.Globalization;
using System.Text;
using Starlette.Responses;
using Starlette.Types;
using static Starlette.Middleware.GZip.Tests.Harness;
using static Starlette.Testing.Support.Asgi.Recorder;

namespace Starlette.Middleware.GZip.Tests;

/// <summary>Every test of upstream's tests/middleware/test_gzip.py, on raw contract apps.</summary>
public class GZipMiddlewareTests
{
    private static readonly string Text4000 = new('x', 4000);

    [Fact]
    public async Task Wrap_LargeResponseClientAcceptsGzip_CompressesWithVaryAndShorterLength() // upstream test_gzip_responses
    {
        using var client = Client(App(_ => new PlainTextResponse(Text4000)));

        var response = await GetAsync(client, "gzip");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(Text4000, await response.Content.ReadAsStringAsync());
        Assert.Equal("gzip", Header(response, "content-encoding"));
        Assert.Equal("Accept-Encoding", Header(response, "vary"));
        Assert.True(int.Parse(Header(response, "content-length")!, CultureInfo.InvariantCulture) < 4000);
    }

    [Fact]
    public async Task Wrap_LargeResponseClientWithoutGzip_AddsVaryAndKeepsLength() // upstream test_gzip_not_in_accept_encoding
    {
        using var client = Client(App(_ => new PlainTextResponse(Text4000)));

        var response = await GetAsync(client, "identity");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(Text4000, await response.Content.ReadAsStringAsync());
        Assert.Null(Header(response, "content-encoding"));
        Assert.Equal("Accept-Encoding", Header(response, "vary"));
        Assert.Equal("4000", Header(response, "content-length"));
    }

    [Fact]
    public async Task Wrap_SmallResponse_PassesThroughWithoutVary() // upstream test_gzip_ignored_for_small_responses
    {
        using var client = Client(App(_ => new PlainTextResponse("OK")));

        var response = await GetAsync(client, "gzip");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("OK", await response.Content.ReadAsStringAsync());
        Assert.Null(Header(response, "content-encoding"));
        Assert.Null(Header(response, "vary"));
        Assert.Equal("2", Header(response, "content-length"));
    }

    [Fact]
    public async Task Wrap_StreamingResponseClientAcceptsGzip_CompressesWithoutContentLength() // upstream test_gzip_streaming_response
    {
        using var client = Client(App(_ => new StreamingResponse(Repeat(Encoding.ASCII.GetBytes(new string('x', 400)), 10))));

        var response = await GetAsync(client, "gzip");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(Text4000, await response.Content.ReadAsStringAsync());
        Assert.Equal("gzip", Header(response, "content-encoding"));
        Assert.Equal("Accept-Encoding", Header(response, "vary"));
        Assert.Null(Header(response, "content-length"));
    }

    [Fact]
    public async Task Wrap_StreamingResponseClientWithoutGzip_AddsVaryOnly() // upstream test_gzip_streaming_response_identity
    {
        using var client = Client(App(_ => new StreamingResponse(Repeat(Encoding.ASCII.GetBytes(new string('x', 400)), 10))));

        var response = await GetAsync(client, "identity");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(Text4000, await response.Content.ReadAsStringAsync());
        Assert.Null(Header(response, "content-encoding"));
        Assert.Equal("Accept-Encoding", Header(response, "vary"));
        Assert.Null(Header(response, "content-length"));
    }

    [Fact]
    public async Task Wrap_ContentEncodingAlreadySet_PassesThroughWithoutVary() // upstream test_gzip_ignored_for_responses_with_encoding_set
    {
        var headers = new Dictionary<string, string> { ["Content-Encoding"] = "text" };
        using var client = Client(App(_ => new StreamingResponse(Repeat(Encoding.ASCII.GetBytes(new string('x', 400)), 10), headers: headers)));

        var response = await GetAsync(client, "gzip, text");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(Text4000, await response.Content.ReadAsStringAsync());
        Assert.Equal("text", Header(response, "content-encoding"));
        Assert.Null(Header(response, "vary"));
        Assert.Null(Header(response, "content-length"));
    }

    [Fact]
    public async Task Wrap_ServerSentEvents_PassThroughUncompressed() // upstream test_gzip_ignored_on_server_sent_events
    {
        using var client = Client(App(_ => new StreamingResponse(Repeat(Encoding.ASCII.GetBytes(new string('x', 400)), 10), mediaType: "text/event-stream")));

        var response = await GetAsync(client, "gzip");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(Text4000, await response.Content.ReadAsStringAsync());
        Assert.Null(Header(response, "content-encoding"));
        Assert.Null(Header(response, "content-length"));
    }

    [Fact]
    public async Task Wrap_PathSendResponse_PassesStartAndPathSendUntouched() // upstream test_gzip_ignored_for_pathsend_responses
    {
        var path = Path.Combine(Path.GetTempPath(), $"gzip-pathsend-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "<file content>");
        try
        {
            AsgiApp endpoint = async (scope, receive, send) =>
            {
                _ = await receive(); // upstream's endpoint reads the request body first
                await new FileResponse(path).ExecuteAsync(scope, receive, send);
            };
            var scope = HttpScope(("accept-encoding", "gzip, text"));
            scope.Extensions = new Dictionary<string, object?> { [ExtensionNames.PathSend] = null };

            var events = await CallAsync(GZipMiddleware.Wrap(endpoint), scope);

            Assert.Equal(2, events.Count);
            var start = Assert.IsType<HttpResponseStartMessage>(events[0]);
            Assert.Equal(path, Assert.IsType<HttpResponsePathSendMessage>(events[1]).Path);
            Assert.DoesNotContain(start.Headers, h => h.Name is "content-encoding" or "vary");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
