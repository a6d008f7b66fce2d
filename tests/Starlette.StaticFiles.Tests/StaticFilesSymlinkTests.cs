using System.Net;
using Starlette.Types;
using static Starlette.StaticFiles.Tests.Harness;

namespace Starlette.StaticFiles.Tests;

/// <summary>Upstream's follow_symlink tests, plus the same links with following off (Unix: Windows needs privileges for links).</summary>
public sealed class StaticFilesSymlinkTests : IDisposable
{
    private readonly TempDir _tmp = new();
    private readonly TempDir _source = new(); // upstream's tempfile.mkdtemp(): somewhere else entirely

    public void Dispose()
    {
        _tmp.Dispose();
        _source.Dispose();
    }

    [Fact]
    public async Task Get_FileLinkOutsideWithFollowSymlink_ServesTarget() // upstream test_staticfiles_follows_symlinks
    {
        if (OperatingSystem.IsWindows()) return;
        var statics = _tmp.Folder("statics");
        var source = _source.Write("page.html", "<h1>Hello</h1>");
        File.CreateSymbolicLink(Path.Join(statics, "index.html"), source);
        using var client = Client(new StaticFiles(new StaticFilesOptions { Directory = statics, FollowSymlink = true }));

        var response = await client.GetAsync("/index.html");

        Assert.Equal("http://testserver/index.html", Url(response));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Hello</h1>", await response.Content.ReadAsStringAsync());
        Assert.Equal("14", Header(response, "content-length")); // the target's size, not the link's
    }

    [Fact]
    public async Task Get_DirectoryLinkOutsideWithFollowSymlink_ServesTarget() // upstream test_staticfiles_follows_symlink_directories
    {
        if (OperatingSystem.IsWindows()) return;
        var statics = _tmp.Folder("statics");
        _source.Write("page.html", "<h1>Hello</h1>");
        Directory.CreateSymbolicLink(Path.Join(statics, "html"), _source.Path);
        using var client = Client(new StaticFiles(new StaticFilesOptions { Directory = statics, FollowSymlink = true }));

        var response = await client.GetAsync("/html/page.html");

        Assert.Equal("http://testserver/html/page.html", Url(response));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Hello</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_LinksOutsideWithoutFollowSymlink_Answer404()
    {
        if (OperatingSystem.IsWindows()) return;
        var statics = _tmp.Folder("statics");
        var source = _source.Write("page.html", "<h1>Hello</h1>");
        File.CreateSymbolicLink(Path.Join(statics, "index.html"), source);
        Directory.CreateSymbolicLink(Path.Join(statics, "html"), _source.Path);
        using var client = Client(Mounted(new StaticFiles(statics)));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/html/page.html")).StatusCode);
    }

    [Fact]
    public async Task Get_LinksInsideWithoutFollowSymlink_ServeTarget()
    {
        if (OperatingSystem.IsWindows()) return;
        var statics = _tmp.Folder("statics");
        _tmp.Write("statics/real/page.html", "<h1>Hello</h1>");
        File.CreateSymbolicLink(Path.Join(statics, "alias.html"), Path.Join("real", "page.html"));
        Directory.CreateSymbolicLink(Path.Join(statics, "latest"), "real");
        using var client = Client(new StaticFiles(statics));

        var byFile = await client.GetAsync("/alias.html");
        var byDirectory = await client.GetAsync("/latest/page.html");

        Assert.Equal("<h1>Hello</h1>", await byFile.Content.ReadAsStringAsync());
        Assert.Equal("14", Header(byFile, "content-length"));
        Assert.Equal("<h1>Hello</h1>", await byDirectory.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetResponseAsync_DotDotFromLinkedDirectory_Raises404() // upstream test_staticfiles_disallows_path_traversal_with_symlinks
    {
        if (OperatingSystem.IsWindows()) return;
        var statics = _tmp.Combine("statics");
        var source = _source.Folder("statics");
        _source.Write("index.html", "<h1>Hello</h1>");
        Directory.CreateSymbolicLink(statics, source);

        foreach (var follow in new[] { true, false })
        {
            var app = new StaticFiles(new StaticFilesOptions { Directory = statics, FollowSymlink = follow });
            var path = app.GetPath(RequestScope("/../index.html"));

            var error = await Assert.ThrowsAsync<HttpException>(async () => await app.GetResponseAsync(path, RequestScope("/")));

            Assert.Equal(404, error.StatusCode);
            Assert.Equal("Not Found", error.Detail);
        }
    }

    [Fact]
    public async Task Get_DirectoryItselfALink_ServesThroughIt() // upstream test_staticfiles_self_symlinks
    {
        if (OperatingSystem.IsWindows()) return;
        var statics = _tmp.Folder("statics");
        _tmp.Write("statics/index.html", "<h1>Hello</h1>");
        var link = _tmp.Combine("statics_symlink");
        Directory.CreateSymbolicLink(link, statics);

        foreach (var follow in new[] { true, false })
        {
            using var client = Client(new StaticFiles(new StaticFilesOptions { Directory = link, FollowSymlink = follow }));

            var response = await client.GetAsync("/index.html");

            Assert.Equal("http://testserver/index.html", Url(response));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("<h1>Hello</h1>", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Get_RelativeDirectory_ResolvesAgainstCurrentDirectory() // upstream test_staticfiles_relative_directory_symlinks
    {
        // The test runner's current directory is the output folder, where statics/ is copied.
        Assert.True(File.Exists(Path.Join(Environment.CurrentDirectory, "statics", "example.txt")));
        using var client = Client(new StaticFiles(new StaticFilesOptions { Directory = "statics", FollowSymlink = true }));

        var response = await client.GetAsync("/example.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("123\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_LinkLoop_FailsAsUpstreamDoes()
    {
        if (OperatingSystem.IsWindows()) return;
        var statics = _tmp.Folder("statics");
        File.CreateSymbolicLink(Path.Join(statics, "a"), Path.Join(statics, "b"));
        File.CreateSymbolicLink(Path.Join(statics, "b"), Path.Join(statics, "a"));

        foreach (var follow in new[] { true, false })
        {
            using var client = Client(Mounted(new StaticFiles(new StaticFilesOptions { Directory = statics, FollowSymlink = follow })), raiseServerExceptions: false);

            var response = await client.GetAsync("/a");

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode); // ELOOP is an OSError upstream re-raises
        }
    }

    [Fact]
    public async Task Get_DanglingLink_Answers404()
    {
        if (OperatingSystem.IsWindows()) return;
        var statics = _tmp.Folder("statics");
        File.CreateSymbolicLink(Path.Join(statics, "gone.txt"), Path.Join(statics, "nothing.txt"));

        foreach (var follow in new[] { true, false })
        {
            using var client = Client(Mounted(new StaticFiles(new StaticFilesOptions { Directory = statics, FollowSymlink = follow })));

            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/gone.txt")).StatusCode);
        }
    }
}
