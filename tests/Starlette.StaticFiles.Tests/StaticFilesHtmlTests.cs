using System.Net;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.StaticFiles.Tests.Harness;

namespace Starlette.StaticFiles.Tests;

/// <summary>Upstream's html-mode tests: index.html for directories (with a trailing-slash redirect), 404.html for misses.</summary>
public sealed class StaticFilesHtmlTests : IDisposable
{
    private readonly TempDir _tmp = new();

    public void Dispose() => _tmp.Dispose();

    [Fact]
    public async Task Get_HtmlMode_ServesIndexRedirectsAndNotFoundPage() // upstream test_staticfiles_html_normal
    {
        _tmp.Write("404.html", "<h1>Custom not found page</h1>");
        _tmp.Write("dir/index.html", "<h1>Hello</h1>");
        using var client = Client(new StaticFiles(_tmp.Path, html: true));

        var response = await client.GetAsync("/dir/");
        Assert.Equal("http://testserver/dir/", Url(response));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Hello</h1>", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/dir");
        Assert.Equal("http://testserver/dir/", Url(response));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Hello</h1>", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/dir/index.html");
        Assert.Equal("http://testserver/dir/index.html", Url(response));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Hello</h1>", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/missing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Custom not found page</h1>", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html; charset=utf-8", Header(response, "content-type"));
    }

    [Fact]
    public async Task Get_DirectoryWithoutSlash_Redirects307KeepingMountAndQuery()
    {
        _tmp.Write("dir/index.html", "<h1>Hello</h1>");
        using var client = new TestClient(Mounted(new StaticFiles(_tmp.Path, html: true), "/static"), new TestClientOptions { FollowRedirects = false });

        var response = await client.GetAsync("/static/dir?x=1");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("http://testserver/static/dir/?x=1", Header(response, "location"));
    }

    [Fact]
    public async Task Get_HtmlModeDirectoryWithoutIndex_ServesNotFoundPage() // upstream test_staticfiles_html_without_index
    {
        _tmp.Write("404.html", "<h1>Custom not found page</h1>");
        _tmp.Folder("dir");
        using var client = Client(new StaticFiles(_tmp.Path, html: true));

        var response = await client.GetAsync("/dir/");
        Assert.Equal("http://testserver/dir/", Url(response));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Custom not found page</h1>", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/dir");
        Assert.Equal("http://testserver/dir", Url(response));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Custom not found page</h1>", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/missing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Custom not found page</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_HtmlModeWithoutNotFoundPage_RaisesNotFound() // upstream test_staticfiles_html_without_404
    {
        _tmp.Write("dir/index.html", "<h1>Hello</h1>");
        using var client = Client(new StaticFiles(_tmp.Path, html: true));

        var response = await client.GetAsync("/dir/");
        Assert.Equal("http://testserver/dir/", Url(response));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Hello</h1>", await response.Content.ReadAsStringAsync());

        response = await client.GetAsync("/dir");
        Assert.Equal("http://testserver/dir/", Url(response));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Hello</h1>", await response.Content.ReadAsStringAsync());

        var error = await Assert.ThrowsAsync<HttpException>(() => client.GetAsync("/missing"));
        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Get_HtmlModeOnlyFiles_RootIsNotFoundAndFilesServe() // upstream test_staticfiles_html_only_files
    {
        _tmp.Write("hello.html", "<h1>Hello</h1>");
        using var client = Client(new StaticFiles(_tmp.Path, html: true));

        var error = await Assert.ThrowsAsync<HttpException>(() => client.GetAsync("/"));
        Assert.Equal(404, error.StatusCode);

        var response = await client.GetAsync("/hello.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Hello</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_HtmlModeRootWithIndex_ServesIndexAtTheMount()
    {
        _tmp.Write("index.html", "<h1>Home</h1>");
        using var client = Client(Mounted(new StaticFiles(_tmp.Path, html: true), "/site"));

        var response = await client.GetAsync("/site/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Home</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_IndexWithIfNoneMatch_Answers304ButNotFoundPageNever()
    {
        _tmp.Write("dir/index.html", "<h1>Hello</h1>");
        _tmp.Write("404.html", "<h1>Custom not found page</h1>");
        using var client = Client(new StaticFiles(_tmp.Path, html: true));
        var etag = Header(await client.GetAsync("/dir/"), "etag");
        var notFoundEtag = Header(await client.GetAsync("/missing"), "etag");

        var index = await client.GetAsync("/dir/", ("if-none-match", etag));
        var notFound = await client.GetAsync("/missing", ("if-none-match", notFoundEtag));

        Assert.Equal(HttpStatusCode.NotModified, index.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("<h1>Custom not found page</h1>", await notFound.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetResponseAsync_Overridden_FallsBackToIndexForClientRoutes()
    {
        _tmp.Write("index.html", "<h1>App</h1>");
        _tmp.Write("app.js", "run()");
        using var client = Client(Mounted(new SinglePageFiles(_tmp.Path)));

        var route = await client.GetAsync("/users/42");
        var asset = await client.GetAsync("/app.js");

        Assert.Equal(HttpStatusCode.OK, route.StatusCode);
        Assert.Equal("<h1>App</h1>", await route.Content.ReadAsStringAsync());
        Assert.Equal("run()", await asset.Content.ReadAsStringAsync());
    }

    private sealed class SinglePageFiles(string directory) : StaticFiles(directory, html: true)
    {
        public override async ValueTask<Responses.Response> GetResponseAsync(string path, Scope scope)
        {
            try
            {
                return await base.GetResponseAsync(path, scope);
            }
            catch (HttpException error) when (error.StatusCode == 404)
            {
                return await base.GetResponseAsync("index.html", scope);
            }
        }
    }
}
