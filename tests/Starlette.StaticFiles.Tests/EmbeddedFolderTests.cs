using System.Net;
using System.Reflection;
using Starlette.Types;
using static Starlette.StaticFiles.Tests.Harness;

namespace Starlette.StaticFiles.Tests;

/// <summary>Embedded folders, the analogue of upstream's <c>packages=</c> (this assembly embeds statics/ and site/).</summary>
public sealed class EmbeddedFolderTests
{
    private static readonly Assembly Tests = typeof(EmbeddedFolderTests).Assembly;

    [Fact]
    public async Task Get_DefaultAndNamedFolder_ServeEmbeddedFile() // upstream test_staticfiles_with_package
    {
        using var client = Client(new StaticFiles(new StaticFilesOptions { EmbeddedFolders = [new EmbeddedFolder(Tests)] }));
        var response = await client.GetAsync("/example.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("123\n", await response.Content.ReadAsStringAsync());

        using var named = Client(new StaticFiles(new StaticFilesOptions { EmbeddedFolders = [new EmbeddedFolder(Tests, "statics")] }));
        response = await named.GetAsync("/example.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("123\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void EmbeddedFolder_Defaults_FollowMsBuildNaming()
    {
        var folder = new EmbeddedFolder(Tests);

        Assert.Equal("statics", folder.Folder);
        Assert.Equal("Starlette.StaticFiles.Tests", folder.RootNamespace);
        Assert.Equal("Starlette.StaticFiles.Tests.statics.", folder.ResourcePrefix);
        Assert.Equal("Ns.wwwroot.my_lib.", new EmbeddedFolder(Tests, "/wwwroot/my-lib/", "Ns").ResourcePrefix);
        Assert.Equal("Starlette.StaticFiles.Tests:statics", folder.ToString());
        Assert.Throws<ArgumentNullException>(() => new EmbeddedFolder(null!));
    }

    [Fact]
    public async Task Get_NestedAndMangledFolders_ServeWithMediaTypeAndValidators()
    {
        using var client = Client(new StaticFiles(new StaticFilesOptions { EmbeddedFolders = [new EmbeddedFolder(Tests)] }));

        var css = await client.GetAsync("/css/site.css");
        var js = await client.GetAsync("/my-lib/v1.0/app.js"); // embedded as ...statics.my_lib.v1._0.app.js

        Assert.Equal("body { color: red; }\n", await css.Content.ReadAsStringAsync());
        Assert.Equal("text/css; charset=utf-8", Header(css, "content-type"));
        Assert.True(HasHeader(css, "etag") && HasHeader(css, "last-modified"));
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("export const version = \"1.0\";\n", await js.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript; charset=utf-8", Header(js, "content-type"));
    }

    [Fact]
    public async Task Get_EmbeddedFile_SupportsRangesAnd304()
    {
        using var client = Client(new StaticFiles(new StaticFilesOptions { EmbeddedFolders = [new EmbeddedFolder(Tests)] }));
        var etag = Header(await client.GetAsync("/example.txt"), "etag");

        var range = await client.GetAsync("/example.txt", ("range", "bytes=0-1"));
        var notModified = await client.GetAsync("/example.txt", ("if-none-match", etag));

        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal("12", await range.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Get_EmbeddedHtmlMode_ServesIndexesAndNotFoundPage()
    {
        var options = new StaticFilesOptions { EmbeddedFolders = [new EmbeddedFolder(Tests, "site")], Html = true };
        using var client = Client(Mounted(new StaticFiles(options), "/site"));

        var home = await client.GetAsync("/site/");
        var docs = await client.GetAsync("/site/docs");
        var missing = await client.GetAsync("/site/missing.html");
        var noIndex = await client.GetAsync("/site/empty-dir/");

        Assert.Equal("<h1>Embedded home</h1>", await home.Content.ReadAsStringAsync());
        Assert.Equal("http://testserver/site/docs/", Url(docs));
        Assert.Equal("<h1>Embedded docs</h1>", await docs.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("<h1>Embedded not found</h1>", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, noIndex.StatusCode);
    }

    [Fact]
    public async Task Get_DirectoryBeforeEmbeddedFolders_FirstRootWins()
    {
        using var tmp = new TempDir();
        tmp.Write("example.txt", "from the directory");
        var options = new StaticFilesOptions { Directory = tmp.Path, EmbeddedFolders = [new EmbeddedFolder(Tests)] };
        using var client = Client(new StaticFiles(options));

        Assert.Equal("from the directory", await (await client.GetAsync("/example.txt")).Content.ReadAsStringAsync());
        Assert.Equal("body { color: red; }\n", await (await client.GetAsync("/css/site.css")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/../statics/example.txt")]
    [InlineData("/css/../../example.txt")]
    [InlineData("/..")]
    [InlineData("/css")] // a directory, outside HTML mode
    [InlineData("/site.css")] // only the full name below the folder is a file
    [InlineData("/example.TXT")]
    public async Task GetResponseAsync_OutsideOrMissingInFolder_Raises404(string request)
    {
        var app = new StaticFiles(new StaticFilesOptions { EmbeddedFolders = [new EmbeddedFolder(Tests)] });

        var error = await Assert.ThrowsAsync<HttpException>(async () => await app.GetResponseAsync(app.GetPath(RequestScope(request)), RequestScope(request)));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public void Constructor_FolderWithoutResources_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new StaticFiles(new StaticFilesOptions { EmbeddedFolders = [new EmbeddedFolder(Tests, "nothing-here")] }));

        Assert.Equal("Directory 'nothing-here' in assembly 'Starlette.StaticFiles.Tests' could not be found.", error.Message);
    }

    [Fact]
    public void LookupPath_EmbeddedFile_IsAPrivateCopy()
    {
        var app = new StaticFiles(new StaticFilesOptions { EmbeddedFolders = [new EmbeddedFolder(Tests)] });

        var (fullPath, info) = app.LookupPath("example.txt");
        var (again, _) = new StaticFiles(new StaticFilesOptions { EmbeddedFolders = [new EmbeddedFolder(Tests)] }).LookupPath("example.txt");

        Assert.Equal(4, Assert.IsType<FileInfo>(info).Length);
        Assert.StartsWith(Path.GetTempPath(), fullPath, StringComparison.Ordinal);
        Assert.Equal(fullPath, again); // copied once per process
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(Path.GetDirectoryName(fullPath))!));
    }
}
