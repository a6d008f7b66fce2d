using System.Net;
using System.Text;
using Starlette.Datastructures;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Responses.Tests.Harness;

namespace Starlette.Responses.Tests;

public sealed class FileResponseRangeTests : IDisposable
{
    private static readonly byte[] Content = FileFixture.Bytes;
    private static readonly int Size = FileFixture.Bytes.Length;
    private readonly FileFixture _file = new();
    private readonly TestClient _client;

    public FileResponseRangeTests() => _client = new TestClient(new FileResponse(_file.Path).ToApp());

    public void Dispose()
    {
        _client.Dispose();
        _file.Dispose();
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string? range, string? ifRange = null)
    {
        var request = new HttpRequestMessage(method, "/");
        if (range is not null) request.Headers.TryAddWithoutValidation("range", range);
        if (ifRange is not null) request.Headers.TryAddWithoutValidation("if-range", ifRange);
        return _client.SendAsync(request);
    }

    private static (string Boundary, List<(string Headers, byte[] Data)> Parts) ParseMultipart(HttpResponseMessage response, byte[] body)
    {
        var boundary = Header(response, "content-type").Split("boundary=")[1];
        var text = Encoding.Latin1.GetString(body);
        Assert.EndsWith($"--{boundary}--", text, StringComparison.Ordinal);
        var parts = text[..^($"--{boundary}--".Length)]
            .Split($"--{boundary}\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(part =>
            {
                var split = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                Assert.EndsWith("\r\n", part, StringComparison.Ordinal);
                return (part[..split], Encoding.Latin1.GetBytes(part[(split + 4)..^2]));
            })
            .ToList();
        return (boundary, parts);
    }

    [Fact]
    public async Task NoRange_WholeFileAsTextPlain() // upstream test_file_response_without_range
    {
        var response = await SendAsync(HttpMethod.Get, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(HasHeader(response, "content-range"));
        Assert.Equal(Size.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "content-length"));
        Assert.Equal("text/plain; charset=utf-8", Header(response, "content-type"));
        Assert.Equal(FileFixture.Text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Head_HeadersWithoutBody() // upstream test_file_response_head
    {
        var response = await SendAsync(HttpMethod.Head, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Size.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "content-length"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task SingleRange_Is206WithContentRange() // upstream test_file_response_range
    {
        var response = await SendAsync(HttpMethod.Get, "bytes=0-100");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 0-100/{Size}", Header(response, "content-range"));
        Assert.Equal("101", Header(response, "content-length"));
        Assert.Equal("text/plain; charset=utf-8", Header(response, "content-type"));
        Assert.Equal(Content[..101], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task SingleRangeHead_HeadersWithoutBody() // upstream test_file_response_range_head
    {
        var response = await SendAsync(HttpMethod.Head, "bytes=0-100");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 0-100/{Size}", Header(response, "content-range"));
        Assert.Equal("101", Header(response, "content-length"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task MultipleRanges_MultipartWithExactContentLength() // upstream test_file_response_range_multi
    {
        var response = await SendAsync(HttpMethod.Get, "bytes=0-100, 200-300");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.False(HasHeader(response, "content-range"));
        Assert.StartsWith("multipart/byteranges; boundary=", Header(response, "content-type"), StringComparison.Ordinal);
        Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "content-length"));
        var (_, parts) = ParseMultipart(response, body);
        Assert.Equal(2, parts.Count);
        Assert.Equal(Content[..101], parts[0].Data);
        Assert.Equal(Content[200..301], parts[1].Data);
    }

    [Fact]
    public async Task MultipleRangesHead_AndIfRange_FollowEtag() // upstream test_file_response_range_multi_head
    {
        var response = await SendAsync(HttpMethod.Head, "bytes=0-100, 200-300");
        var etag = Header(response, "etag");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.StartsWith("multipart/byteranges; boundary=", Header(response, "content-type"), StringComparison.Ordinal);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Head, "bytes=200-300", etag[..^1])).StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, (await SendAsync(HttpMethod.Head, "bytes=200-300", etag)).StatusCode);
    }

    [Fact]
    public async Task IfRange_LastModified_AlsoMatches()
    {
        var lastModified = Header(await SendAsync(HttpMethod.Head, null), "last-modified");

        Assert.Equal(HttpStatusCode.PartialContent, (await SendAsync(HttpMethod.Head, "bytes=0-1", lastModified)).StatusCode);
    }

    [Fact]
    public async Task Invalid_NoEqualsSign_Is400() // upstream test_file_response_range_invalid
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Head, "bytes: 0-1000")).StatusCode);
    }

    [Fact]
    public async Task EndBeyondFile_IsClampedTo206() // upstream test_file_response_range_head_max
    {
        Assert.Equal(HttpStatusCode.PartialContent, (await SendAsync(HttpMethod.Head, $"bytes=0-{Size + 1}")).StatusCode);
    }

    [Fact]
    public async Task StartBeyondFile_Is416WithSize() // upstream test_file_response_range_416
    {
        var response = await SendAsync(HttpMethod.Head, $"bytes={Size + 1}-");

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{Size}", Header(response, "content-range"));
    }

    [Theory]
    [InlineData("items=0-100", "Only support bytes range")] // upstream test_file_response_only_support_bytes_range
    [InlineData("bytes=", "Range header: range must be requested")] // upstream test_file_response_range_must_be_requested
    [InlineData("bytes=100-0", "Range header: start must be less than end")] // upstream test_file_response_start_must_be_less_than_end
    public async Task Malformed_Is400WithReason(string range, string reason)
    {
        var response = await SendAsync(HttpMethod.Get, range);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OverlappingRanges_AreMerged() // upstream test_file_response_merge_ranges
    {
        var response = await SendAsync(HttpMethod.Get, "bytes=0-100, 50-200");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("201", Header(response, "content-length"));
        Assert.Equal($"bytes 0-200/{Size}", Header(response, "content-range"));
    }

    [Fact]
    public async Task UnorderedRanges_AreSortedIntoParts() // upstream test_file_response_insert_ranges
    {
        var response = await SendAsync(HttpMethod.Get, "bytes=100-200, 0-50");
        var (_, parts) = ParseMultipart(response, await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(2, parts.Count);
        Assert.Equal($"Content-Type: text/plain; charset=utf-8\r\nContent-Range: bytes 0-50/{Size}", parts[0].Headers);
        Assert.Equal(Content[..51], parts[0].Data);
        Assert.Equal($"Content-Type: text/plain; charset=utf-8\r\nContent-Range: bytes 100-200/{Size}", parts[1].Headers);
        Assert.Equal(Content[100..201], parts[1].Data);
    }

    [Theory]
    [InlineData("bytes=100, 0-50")] // upstream test_file_response_range_without_dash
    [InlineData("bytes= - , 0-50")] // upstream test_file_response_range_empty_start_and_end
    [InlineData("bytes=abc-def, 0-50")] // upstream test_file_response_range_ignore_non_numeric
    public async Task JunkParts_AreIgnored(string range)
    {
        var response = await SendAsync(HttpMethod.Get, range);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 0-50/{Size}", Header(response, "content-range"));
    }

    [Fact]
    public async Task SuffixRange_IsLastBytes() // upstream test_file_response_suffix_range
    {
        var response = await SendAsync(HttpMethod.Get, "bytes=-100");

        Assert.Equal($"bytes {Size - 100}-{Size - 1}/{Size}", Header(response, "content-range"));
        Assert.Equal("100", Header(response, "content-length"));
        Assert.Equal(Content[^100..], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task SuffixRangeLargerThanFile_IsWholeFile() // upstream test_file_response_suffix_range_larger_than_file
    {
        var response = await SendAsync(HttpMethod.Get, "bytes=-1000");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 0-{Size - 1}/{Size}", Header(response, "content-range"));
        Assert.Equal(Content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task SameResponse_CalledTwice_KeepsItsHeaders() // upstream test_file_response_multiple_calls
    {
        Assert.Equal(HttpStatusCode.PartialContent, (await SendAsync(HttpMethod.Get, "bytes=0-100")).StatusCode);
        var response = await SendAsync(HttpMethod.Get, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(HasHeader(response, "content-range"));
        Assert.Equal(Size.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "content-length"));
    }

    [Fact]
    public async Task MultipleRangesSmallChunks_PartHeadersChunksAndSeparators() // upstream test_file_response_multi_small_chunk_size
    {
        var scope = new Scope(ScopeType.Http) { Headers = [new HttpHeader("range", "bytes=0-15,20-35,35-50")] };

        var sent = await CallAsync(new FileResponse(_file.Path) { ChunkSize = 10 }, scope);

        var start = (HttpResponseStartMessage)sent[0];
        var headers = new Headers(start.Headers);
        var boundary = headers["content-type"].Split("boundary=")[1];
        var chunks = sent.OfType<HttpResponseBodyMessage>().Select(b => b.Body.ToArray()).ToList();
        byte[] PartHeader(string range) => Encoding.Latin1.GetBytes($"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Range: bytes {range}/{Size}\r\n\r\n");
        Assert.Equal(206, start.Status);
        Assert.Equal("bytes", headers.Get("accept-ranges"));
        Assert.False(headers.ContainsKey("content-range"));
        Assert.Equal(
            [PartHeader("0-15"), Content[..10], Content[10..16], "\r\n"u8.ToArray(),
             PartHeader("20-50"), Content[20..30], Content[30..40], Content[40..50], Content[50..51], "\r\n"u8.ToArray(),
             Encoding.Latin1.GetBytes($"--{boundary}--")],
            chunks);
        Assert.Equal(chunks.Sum(c => c.Length).ToString(System.Globalization.CultureInfo.InvariantCulture), headers["content-length"]);
    }

    [Theory]
    [InlineData(100, HttpStatusCode.PartialContent)]
    [InlineData(101, HttpStatusCode.OK)]
    public async Task RangeCount_OverOneHundred_ServesTheWholeFile(int count, HttpStatusCode expected)
    {
        var range = "bytes=" + string.Join(",", Enumerable.Range(0, count).Select(i => $"{i * 2}-{i * 2}"));

        var response = await SendAsync(HttpMethod.Get, range);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.False(HasHeader(response, "content-range"));
            Assert.Equal(Content, await response.Content.ReadAsByteArrayAsync());
        }
        else
        {
            Assert.StartsWith("multipart/byteranges; boundary=", Header(response, "content-type"), StringComparison.Ordinal);
        }
    } // upstream 1.5.1 (#3430): at most 100 ranges

    [Theory]
    [InlineData("bytes=5-4")]
    [InlineData("bytes=5-3")]
    [InlineData("bytes=0--1")]
    [InlineData("bytes=0-1, 5-4")]
    public async Task InvertedRange_Is400(string range)
    {
        var response = await SendAsync(HttpMethod.Get, range);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Range header: start must be less than end", await response.Content.ReadAsStringAsync());
    } // upstream 1.5.1 (#3389): reject inverted single-byte ranges

    [Fact]
    public async Task OneByteRange_Is206WithOneByte()
    {
        var response = await SendAsync(HttpMethod.Get, "bytes=5-5");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 5-5/{Size}", Header(response, "content-range"));
        Assert.Equal(Content[5..6], await response.Content.ReadAsByteArrayAsync());
    }
}
