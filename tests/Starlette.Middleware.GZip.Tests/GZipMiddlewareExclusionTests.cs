using System.Text;
using Starlette.Responses;
using Starlette.Types;
using static Starlette.Middleware.GZip.Tests.Harness;

namespace Starlette.Middleware.GZip.Tests;

/// <summary>What is left uncompressed: excluded media types and partial responses (upstream 1.5.0).</summary>
public class GZipMiddlewareExclusionTests
{
    private static readonly byte[] Payload = Encoding.ASCII.GetBytes(new string('x', 4000));

    private static AsgiApp Typed(string? contentType) => async (_, _, send) =>
    {
        await send(new HttpResponseStartMessage(200, contentType is null ? [] : [new("content-type", contentType)]));
        await send(new HttpResponseBodyMessage(Payload));
    };

    [Theory]
    [InlineData("application/zip")]
    [InlineData("audio/mpeg")]
    [InlineData("font/woff2")]
    [InlineData("image/png")]
    [InlineData("video/mp4")]
    public async Task Wrap_DefaultExcludedType_PassesThroughWithoutVary(string contentType)
    {
        using var client = Client(Typed(contentType));

        var response = await GetAsync(client, "gzip");

        Assert.Equal(Payload, await response.Content.ReadAsByteArrayAsync());
        Assert.Null(Header(response, "content-encoding"));
        Assert.Null(Header(response, "vary"));
    } // upstream test_gzip_default_exclude_content_types

    [Theory]
    [InlineData("image/svg+xml")]
    [InlineData("font/ttf")]
    [InlineData("text/event-streams")]
    public async Task Wrap_TextLikeTypeNextToExcludedOnes_IsCompressed(string contentType)
    {
        using var client = Client(Typed(contentType));

        var response = await GetAsync(client, "gzip");

        Assert.Equal("gzip", Header(response, "content-encoding"));
        Assert.Equal("Accept-Encoding", Header(response, "vary"));
        Assert.Equal(Payload, await response.Content.ReadAsByteArrayAsync());
    } // upstream test_gzip_compresses_svg_by_default

    [Fact]
    public async Task Wrap_CustomList_ExcludesItsTypes()
    {
        using var client = Client(Typed("application/zip"), new GZipOptions { ExcludeContentTypes = ["application/zip"] });

        var response = await GetAsync(client, "gzip");

        Assert.Null(Header(response, "content-encoding"));
        Assert.Null(Header(response, "vary"));
    } // upstream test_gzip_custom_exclude_content_types

    [Fact]
    public async Task Wrap_EmptyList_CompressesServerSentEvents()
    {
        using var client = Client(Typed("text/event-stream"), new GZipOptions { ExcludeContentTypes = [] });

        var response = await GetAsync(client, "gzip");

        Assert.Equal("gzip", Header(response, "content-encoding"));
        Assert.Equal("Accept-Encoding", Header(response, "vary"));
        Assert.Equal(Payload, await response.Content.ReadAsByteArrayAsync());
    } // upstream test_gzip_cleared_exclude_content_types

    [Fact]
    public async Task Wrap_ExcludedTypeForIdentityClient_HasNoVary()
    {
        using var client = Client(Typed("application/zip"), new GZipOptions { ExcludeContentTypes = ["application/zip"] });

        var response = await GetAsync(client, "identity");

        Assert.Equal(Payload, await response.Content.ReadAsByteArrayAsync());
        Assert.Null(Header(response, "content-encoding"));
        Assert.Null(Header(response, "vary"));
    } // upstream test_gzip_exclude_content_types_for_identity_client

    [Theory]
    [InlineData("text/event-stream", "Text/Event-Stream; charset=utf-8")] // the header is normalized
    [InlineData("Application/ZIP; charset=utf-8", "application/zip")]     // the configured value is normalized
    [InlineData("image/*", "image/png")]                                 // a wildcard
    [InlineData(" IMAGE/* ", "Image/Svg+Xml")]
    public async Task Wrap_ExclusionMatching_IgnoresCaseAndParameters(string excluded, string contentType)
    {
        using var client = Client(Typed(contentType), new GZipOptions { ExcludeContentTypes = [excluded] });

        var response = await GetAsync(client, "gzip");

        Assert.Equal(Payload, await response.Content.ReadAsByteArrayAsync());
        Assert.Null(Header(response, "content-encoding"));
        Assert.Null(Header(response, "vary"));
    } // upstream test_gzip_exclude_content_types_matching, test_gzip_responder_normalizes_content_types

    [Fact]
    public void Options_NullList_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => GZipMiddleware.Wrap(Typed(null), new GZipOptions { ExcludeContentTypes = null! }));
        Assert.Throws<ArgumentException>(() => GZipMiddleware.Wrap(Typed(null), new GZipOptions { ExcludeContentTypes = [null!] }));
    }

    // A file of the payload served through the middleware, asked for with a Range header.
    private static async Task<HttpResponseMessage> GetRangeAsync(string range)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("gzip-range-").FullName, "example.txt");
        await File.WriteAllBytesAsync(path, Payload);
        using var client = Client(App(_ => new FileResponse(path)));
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("accept-encoding", "gzip");
        request.Headers.TryAddWithoutValidation("range", range);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task Wrap_RangeOfAFile_IsNotCompressed()
    {
        var response = await GetRangeAsync("bytes=0-1999");

        Assert.Equal(206, (int)response.StatusCode);
        Assert.Equal(Payload[..2000], await response.Content.ReadAsByteArrayAsync());
        Assert.Null(Header(response, "content-encoding"));
        Assert.Null(Header(response, "vary"));
        Assert.Equal("2000", Header(response, "content-length"));
    } // upstream test_gzip_ignored_on_range_responses

    [Fact]
    public async Task Wrap_MultipartByteRanges_AreNotCompressed()
    {
        var response = await GetRangeAsync("bytes=0-999,2000-2999");

        Assert.Equal(206, (int)response.StatusCode);
        Assert.StartsWith("multipart/byteranges", Header(response, "content-type"), StringComparison.Ordinal);
        Assert.Null(Header(response, "content-encoding"));
        Assert.Equal(Header(response, "content-length"), (await response.Content.ReadAsByteArrayAsync()).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
