using System.Net;
using static Starlette.StaticFiles.Tests.Harness;

namespace Starlette.StaticFiles.Tests;

/// <summary>What serving through FileResponse brings: byte ranges, validators, HEAD and pathsend.</summary>
public sealed class StaticFilesFileResponseTests : IDisposable
{
    private readonly TempDir _tmp = new();

    public void Dispose() => _tmp.Dispose();

    [Fact]
    public async Task Get_Range_Answers206WithThePart()
    {
        _tmp.Write("digits.txt", "0123456789");
        using var client = Client(new StaticFiles(_tmp.Path));

        var response = await client.GetAsync("/digits.txt", ("range", "bytes=2-4"));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("234", await response.Content.ReadAsStringAsync());
        Assert.Equal("bytes 2-4/10", Header(response, "content-range"));
    }

    [Fact]
    public async Task Get_RangeOutsideFile_Answers416()
    {
        _tmp.Write("digits.txt", "0123456789");
        using var client = Client(new StaticFiles(_tmp.Path));

        var response = await client.GetAsync("/digits.txt", ("range", "bytes=20-30"));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("bytes */10", Header(response, "content-range"));
    }

    [Fact]
    public async Task Get_HostWithPathSend_SendsTheFullPathInsteadOfTheBytes()
    {
        var file = _tmp.Write("sub/example.txt", "<file content>");
        var app = new StaticFiles(_tmp.Path);

        var sent = await CallAsync(app, RequestScope("/sub/example.txt", pathSend: true));

        Assert.Equal(200, sent.Status);
        Assert.Equal(file, sent.PathSent);
        Assert.Equal("", sent.Body.ToString());
        Assert.Equal("14", sent.Header("content-length"));
    }

    [Fact]
    public async Task Get_File_SendsUpstreamsHeadersInOrder()
    {
        var file = _tmp.Write("example.txt", "<file content>");
        var app = new StaticFiles(_tmp.Path);

        var sent = await CallAsync(app, RequestScope("/example.txt"));

        Assert.Equal(["content-type", "accept-ranges", "content-length", "last-modified", "etag"], sent.Headers.Select(h => h.Name));
        Assert.Equal(new FileInfo(file).LastWriteTimeUtc.ToString("R", System.Globalization.CultureInfo.InvariantCulture), sent.Header("last-modified"));
    }

    [Fact]
    public async Task Get_FileChangesBetweenRequests_ValidatorsFollowTheFile()
    {
        var file = _tmp.Write("example.txt", "<file content>");
        File.SetLastWriteTimeUtc(file, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        using var client = Client(new StaticFiles(_tmp.Path));
        var etag = Header(await client.GetAsync("/example.txt"), "etag");

        File.WriteAllText(file, "<new content>");
        var response = await client.GetAsync("/example.txt", ("if-none-match", etag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<new content>", await response.Content.ReadAsStringAsync());
        Assert.NotEqual(etag, Header(response, "etag"));
    }
}
