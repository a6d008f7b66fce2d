using System.Net;
using Starlette.Types;
using static Starlette.StaticFiles.Tests.Harness;

namespace Starlette.StaticFiles.Tests;

/// <summary>Upstream's traversal, symlink, absolute-path, null-byte and long-name tests.</summary>
public sealed class StaticFilesTraversalTests : IDisposable
{
    private readonly TempDir _tmp = new();

    public void Dispose() => _tmp.Dispose();

    [Fact]
    public async Task GetResponseAsync_DotDotOutOfDirectory_Raises404() // upstream test_staticfiles_prevents_breaking_out_of_directory
    {
        var directory = _tmp.Folder("foo");
        _tmp.Write("example.txt", "outside root dir");
        var app = new StaticFiles(directory);
        var path = app.GetPath(RequestScope("/../example.txt"));

        var error = await Assert.ThrowsAsync<HttpException>(async () => await app.GetResponseAsync(path, RequestScope("/")));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Not Found", error.Detail);
    }

    [Fact]
    public async Task GetResponseAsync_DotDotToSiblingOrParentFile_Raises404() // upstream test_staticfiles_avoids_path_traversal
    {
        var statics = _tmp.Folder("static");
        _tmp.Write("static/index.html", "<h1>Hello</h1>");
        _tmp.Write("static_disallow/index.html", "<h1>Private</h1>");
        _tmp.Write("static1.txt", "Private");
        var app = new StaticFiles(statics);

        foreach (var request in new[] { "/../static1.txt", "/../static_disallow/index.html" })
        {
            var path = app.GetPath(RequestScope(request));
            var error = await Assert.ThrowsAsync<HttpException>(async () => await app.GetResponseAsync(path, RequestScope("/")));
            Assert.Equal(404, error.StatusCode);
            Assert.Equal("Not Found", error.Detail);
        }
    }

    [Fact]
    public void LookupPath_AbsolutePath_FindsNothing() // upstream test_staticfiles_rejects_absolute_paths
    {
        var app = new StaticFiles(_tmp.Folder("static"));

        Assert.Equal(("", null), app.LookupPath("/etc/passwd"));
        Assert.Equal(("", null), app.LookupPath(_tmp.Write("secret.txt", "secret")));
    }

    [Fact]
    public void LookupPath_WindowsAbsolutePath_FindsNothing() // upstream test_staticfiles_rejects_absolute_windows_paths
    {
        var app = new StaticFiles(_tmp.Folder("static"));

        Assert.Equal(("", null), app.LookupPath("\\\\server\\share"));
        Assert.Equal(("", null), app.LookupPath("\\example.txt"));
    }

    [Fact]
    public void LookupPath_FileAndDirectory_ReturnFullPathAndKind()
    {
        var file = _tmp.Write("static/a/b.txt", "b");
        var app = new StaticFiles(_tmp.Combine("static"));

        var (fullPath, info) = app.LookupPath(Path.Join("a", "b.txt"));
        Assert.Equal(file, fullPath);
        Assert.Equal(1, Assert.IsType<FileInfo>(info).Length);

        (fullPath, info) = app.LookupPath("a");
        Assert.Equal(_tmp.Combine("static/a"), fullPath);
        Assert.IsType<DirectoryInfo>(info);
    }

    [Fact]
    public async Task Get_NullByte_Answers404() // upstream test_staticfiles_null_byte_in_path
    {
        using var client = Client(Mounted(new StaticFiles(_tmp.Path)));

        var response = await client.GetAsync("/example%00.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_NullByteInHtmlMode_Raises404WithoutNotFoundPage()
    {
        _tmp.Write("404.html", "<h1>Custom not found page</h1>");
        var app = new StaticFiles(_tmp.Path, html: true);

        var error = await Assert.ThrowsAsync<HttpException>(async () => await app.GetResponseAsync("example\0.txt", RequestScope("/")));

        Assert.Equal(404, error.StatusCode);
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    [Fact]
    public async Task Get_FilenameTooLong_Answers404() // upstream test_staticfiles_filename_too_long
    {
        using var client = Client(Mounted(new StaticFiles(_tmp.Path)));

        var response = await client.GetAsync($"/{new string('a', 4096)}.txt"); // PC_PATH_MAX on Linux

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_LookupThrowsUnexpectedError_Answers500() // upstream test_staticfiles_unhandled_os_error_returns_500
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(Mounted(new FailingStaticFiles(_tmp.Path, new TimeoutException())), raiseServerExceptions: false);

        var response = await client.GetAsync("/example.txt");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_LookupDenied_Answers401() // upstream test_staticfiles_with_invalid_dir_permissions_returns_401 (as any user)
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(Mounted(new FailingStaticFiles(_tmp.Path, new UnauthorizedAccessException())));

        var response = await client.GetAsync("/example.txt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_DirectoryWithoutPermissions_Answers401() // upstream test_staticfiles_with_invalid_dir_permissions_returns_401
    {
        if (OperatingSystem.IsWindows()) return;
        var file = _tmp.Write("example.txt", "<file content>");
        var original = File.GetUnixFileMode(_tmp.Path);
        File.SetUnixFileMode(_tmp.Path, UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        try
        {
            if (CanRead(file)) return; // root ignores permissions: the test above covers the mapping then
            using var client = Client(Mounted(new StaticFiles(_tmp.Path)));

            var response = await client.GetAsync("/example.txt");

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Unauthorized", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            File.SetUnixFileMode(_tmp.Path, original);
        }
    }

    private static bool CanRead(string file)
    {
        try
        {
            File.ReadAllText(file);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed class FailingStaticFiles(string directory, Exception error) : StaticFiles(directory)
    {
        public override (string FullPath, FileSystemInfo? Info) LookupPath(string path) => throw error;
    }
}
