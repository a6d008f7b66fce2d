using System.Net;
using Starlette.Datastructures;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Responses.Tests.Harness;

namespace Starlette.Responses.Tests;

public sealed class FileResponseTests : IDisposable
{
    private readonly FileFixture _file = new();

    public void Dispose() => _file.Dispose();

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_file.Directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public async Task File_WithFilenameAndBackground_SendsContentAndStatHeaders() // upstream test_file_response
    {
        var content = Enumerable.Repeat("<file content>"u8.ToArray(), 1000).SelectMany(b => b).ToArray();
        var path = Write("xyz", content);
        var filled = "";
        var cleanup = new BackgroundTask(async () => { await Task.Yield(); filled = "6, 7, 8, 9"; });
        using var client = new TestClient(App(_ => new FileResponse(path, filename: "example.png", background: cleanup)));

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", Header(response, "content-type"));
        Assert.Equal("attachment; filename=\"example.png\"", Header(response, "content-disposition"));
        Assert.Equal(content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "content-length"));
        Assert.True(HasHeader(response, "last-modified"));
        Assert.Matches("^\"[0-9a-f]{32}\"$", Header(response, "etag"));
        Assert.Equal("6, 7, 8, 9", filled);
    }

    [Fact]
    public async Task File_HeadScope_SendsHeadersAndEmptyBody() // upstream test_file_response_on_head_method
    {
        var path = Write("xyz", "<file content>"u8.ToArray());
        var scope = new Scope(ScopeType.Http) { Method = "head", Headers = [new HttpHeader("key", "value")] };

        var sent = await CallAsync(new FileResponse(path, filename: "example.png"), scope);

        var start = Assert.IsType<HttpResponseStartMessage>(sent[0]);
        var headers = new Headers(start.Headers);
        Assert.Equal(200, start.Status);
        Assert.Equal("image/png", headers["content-type"]);
        Assert.True(headers.ContainsKey("content-length") && headers.ContainsKey("content-disposition") && headers.ContainsKey("last-modified") && headers.ContainsKey("etag"));
        var body = Assert.IsType<HttpResponseBodyMessage>(Assert.Single(sent.Skip(1)));
        Assert.True(body.Body.IsEmpty);
        Assert.False(body.MoreBody);
    }

    [Fact]
    public async Task File_GivenMediaType_WinsOverGuess() // upstream test_file_response_set_media_type
    {
        var path = Write("xyz", "<file content>"u8.ToArray());
        using var client = new TestClient(new FileResponse(path, filename: "example.png", mediaType: "image/jpeg").ToApp());

        Assert.Equal("image/jpeg", Header(await client.GetAsync("/"), "content-type"));
    }

    [Fact]
    public async Task File_UnknownExtension_IsOctetStream() // upstream test_file_response_default_media_type
    {
        var path = Write("file.unknownext", "<file content>"u8.ToArray());
        using var client = new TestClient(new FileResponse(path).ToApp());

        Assert.Equal("application/octet-stream", Header(await client.GetAsync("/"), "content-type"));
    }

    [Fact]
    public async Task File_Directory_ThrowsNotAFile() // upstream test_file_response_with_directory_raises_error
    {
        using var client = new TestClient(new FileResponse(_file.Directory, filename: "example.png").ToApp());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/"));
        Assert.Contains("is not a file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_Missing_ThrowsDoesNotExist() // upstream test_file_response_with_missing_file_raises_error
    {
        using var client = new TestClient(new FileResponse(Path.Combine(_file.Directory, "404.txt"), filename: "404.txt").ToApp());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/"));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_NonAsciiFilename_UsesFilenameStar() // upstream test_file_response_with_chinese_filename
    {
        var path = Write("你好.txt", "file content"u8.ToArray());
        using var client = new TestClient(new FileResponse(path, filename: "你好.txt").ToApp());

        var response = await client.GetAsync("/");

        Assert.Equal("file content", await response.Content.ReadAsStringAsync());
        Assert.Equal("attachment; filename*=utf-8''%E4%BD%A0%E5%A5%BD.txt", Header(response, "content-disposition"));
    }

    [Fact]
    public async Task File_InlineDisposition_IsUsed() // upstream test_file_response_with_inline_disposition
    {
        var path = Write("hello.txt", "file content"u8.ToArray());
        using var client = new TestClient(new FileResponse(path, filename: "hello.txt", contentDispositionType: "inline").ToApp());

        Assert.Equal("inline; filename=\"hello.txt\"", Header(await client.GetAsync("/"), "content-disposition"));
    }

    [Fact]
    public async Task File_RangeWithMatchingIfRangeEtag_Is206() // upstream test_file_response_with_range_header
    {
        var path = Write("hello.txt", "file content"u8.ToArray());
        const string etag = "\"a_non_autogenerated_etag\"";
        using var client = new TestClient(new FileResponse(path, filename: "hello.txt", headers: new Dictionary<string, string> { ["etag"] = etag }).ToApp());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("range", "bytes=0-4");
        request.Headers.TryAddWithoutValidation("if-range", etag);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("file "u8.ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, Header(response, "etag"));
        Assert.Equal("5", Header(response, "content-length"));
        Assert.Equal("bytes 0-4/12", Header(response, "content-range"));
    }

    [Fact]
    public async Task File_HostOffersPathSend_SendsPathInsteadOfBytes() // upstream test_file_response_with_pathsend
    {
        var path = Write("xyz", "<file content>"u8.ToArray());
        var scope = new Scope(ScopeType.Http) { Extensions = new Dictionary<string, object?> { [ExtensionNames.PathSend] = null } };

        var sent = await CallAsync(new FileResponse(path, filename: "example.png"), scope);

        Assert.Equal(["http.response.start", "http.response.pathsend"], sent.Select(m => m.Type));
        Assert.Equal(path, ((HttpResponsePathSendMessage)sent[1]).Path);
        Assert.Equal("image/png", new Headers(((HttpResponseStartMessage)sent[0]).Headers)["content-type"]);
    }

    [Fact]
    public async Task File_KnownSize_IsContentLength() // upstream test_file_response_known_size
    {
        using var client = new TestClient(new FileResponse(_file.Path, filename: "example.png").ToApp());

        Assert.Equal(FileFixture.Bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(await client.GetAsync("/"), "content-length"));
    }

    [Fact]
    public async Task File_SizeMultipleOfChunk_EndsWithEmptyFinalChunk()
    {
        var path = Write("exact.bin", new byte[20]);

        var sent = await CallAsync(new FileResponse(path) { ChunkSize = 10 }, new Scope(ScopeType.Http));

        Assert.Equal([10, 10, 0], sent.OfType<HttpResponseBodyMessage>().Select(b => b.Body.Length));
        Assert.Equal([true, true, false], sent.OfType<HttpResponseBodyMessage>().Select(b => b.MoreBody));
    }
}
