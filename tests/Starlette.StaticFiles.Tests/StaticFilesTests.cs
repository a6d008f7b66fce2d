using System.Net;
using Starlette.Responses;
using Starlette.Types;
using static Starlette.StaticFiles.Tests.Harness;

namespace Starlette.StaticFiles.Tests;

/// <summary>Upstream's tests/test_staticfiles.py: serving, methods and misses.</summary>
public sealed class StaticFilesTests : IDisposable
{
    private readonly TempDir _tmp = new();

    public void Dispose() => _tmp.Dispose();

    [Fact]
    public async Task Get_FileInDirectory_ServesContent() // upstream test_staticfiles
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(new StaticFiles(new StaticFilesOptions { Directory = _tmp.Path }));

        var response = await client.GetAsync("/example.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<file content>", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain; charset=utf-8", Header(response, "content-type"));
        Assert.Equal("bytes", Header(response, "accept-ranges"));
    }

    [Fact]
    public async Task Constructor_DirectoryString_ServesContent() // upstream test_staticfiles_with_pathlib
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(new StaticFiles(new DirectoryInfo(_tmp.Path).FullName + Path.DirectorySeparatorChar));

        var response = await client.GetAsync("/example.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<file content>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Head_ThroughBaseHttpMiddleware_KeepsContentLength() // upstream test_staticfiles_head_with_middleware
    {
        _tmp.Write("example.txt", new string('x', 100));
        var passThrough = BaseHttpMiddleware.Create((request, callNext) => callNext(request));
        using var client = Client(Mounted(new StaticFiles(_tmp.Path), "/static", [passThrough]));

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/static/example.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("100", Header(response, "content-length"));
    }

    [Fact]
    public async Task Post_ThroughApp_Answers405() // upstream test_staticfiles_post
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(Mounted(new StaticFiles(_tmp.Path)));

        var response = await client.PostAsync("/example.txt", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("Method Not Allowed", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    [InlineData("get")]
    public async Task GetResponseAsync_OtherMethod_Raises405BeforeLookingUp(string method)
    {
        var app = new StaticFiles(_tmp.Path);

        var error = await Assert.ThrowsAsync<HttpException>(async () => await app.GetResponseAsync("missing.txt", RequestScope("/missing.txt", method)));

        Assert.Equal(405, error.StatusCode);
        Assert.Equal("Method Not Allowed", error.Detail);
    }

    [Fact]
    public async Task Get_Directory_Answers404() // upstream test_staticfiles_with_directory_returns_404
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(Mounted(new StaticFiles(_tmp.Path)));

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_MissingFile_Answers404() // upstream test_staticfiles_with_missing_file_returns_404
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(Mounted(new StaticFiles(_tmp.Path)));

        var response = await client.GetAsync("/404.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_MissingFolder_Answers404() // upstream test_staticfiles_with_missing_dir_returns_404
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(Mounted(new StaticFiles(_tmp.Path)));

        var response = await client.GetAsync("/foo/example.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_FileUsedAsFolder_Answers404() // upstream test_staticfiles_access_file_as_dir_returns_404
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(Mounted(new StaticFiles(_tmp.Path)));

        var response = await client.GetAsync("/example.txt/foo");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Head_File_SendsHeadersWithoutBody() // upstream test_staticfiles_never_read_file_for_head_method
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(new StaticFiles(_tmp.Path));

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/example.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("14", Header(response, "content-length"));
    }

    [Fact]
    public async Task InvokeAsync_Standalone_RaisesHttpExceptionForMisses()
    {
        using var client = Client(new StaticFiles(_tmp.Path));

        var error = await Assert.ThrowsAsync<HttpException>(() => client.GetAsync("/missing.txt"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Not Found", error.Detail);
    }

    [Fact]
    public async Task InvokeAsync_WebSocketScope_ThrowsOnlyUsableWithHttp()
    {
        var app = new StaticFiles(_tmp.Path);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await app.InvokeAsync(new Scope(ScopeType.WebSocket), () => default, _ => default));

        Assert.Equal("StaticFiles is only usable with HTTP connections, not 'websocket' ones.", error.Message);
    }

    [Fact]
    public async Task ToApp_AndImplicitConversion_ServeTheSameFiles()
    {
        _tmp.Write("example.txt", "<file content>");
        var files = new StaticFiles(_tmp.Path);
        AsgiApp converted = files;

        var viaConversion = await CallAsync(converted, RequestScope("/example.txt"));
        var viaToApp = await CallAsync(files.ToApp(), RequestScope("/example.txt"));

        Assert.Equal((200, "<file content>"), (viaConversion.Status, viaConversion.Body.ToString()));
        Assert.Equal((200, "<file content>"), (viaToApp.Status, viaToApp.Body.ToString()));
    }

    [Fact]
    public async Task Get_MountedUnderPrefix_ServesPathBelowTheMount()
    {
        _tmp.Write("css/site.css", "body {}");
        using var client = Client(Mounted(new StaticFiles(_tmp.Path), "/static"));

        var response = await client.GetAsync("/static/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("body {}", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/css; charset=utf-8", Header(response, "content-type"));
    }

    [Fact]
    public async Task CreateFileResponse_Overridden_ChangesEveryFileResponse()
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(new CachingStaticFiles(_tmp.Path));

        var response = await client.GetAsync("/example.txt");

        Assert.Equal("public, max-age=3600", Header(response, "cache-control"));
        Assert.Equal("<file content>", await response.Content.ReadAsStringAsync());
    }

    private sealed class CachingStaticFiles(string directory) : StaticFiles(directory)
    {
        public override Response CreateFileResponse(string fullPath, FileInfo file, Types.Scope scope, int statusCode = 200)
        {
            var response = base.CreateFileResponse(fullPath, file, scope, statusCode);
            response.Headers["cache-control"] = "public, max-age=3600";
            return response;
        }
    }
}
