using System.Net;
using Starlette.Types;
using static Starlette.StaticFiles.Tests.Harness;

namespace Starlette.StaticFiles.Tests;

/// <summary>Upstream's check_dir and check_config tests: loud errors for a missing directory, checked once.</summary>
public sealed class StaticFilesConfigTests : IDisposable
{
    private readonly TempDir _tmp = new();

    public void Dispose() => _tmp.Dispose();

    [Fact]
    public void Constructor_MissingDirectory_Throws() // upstream test_staticfiles_instantiated_with_missing_directory
    {
        var path = _tmp.Combine("no_such_directory");

        var error = Assert.Throws<InvalidOperationException>(() => new StaticFiles(path));

        Assert.Equal($"Directory '{path}' does not exist", error.Message);
    }

    [Fact]
    public void Constructor_FileAsDirectory_Throws()
    {
        var path = _tmp.Write("example.txt", "<file content>");

        var error = Assert.Throws<InvalidOperationException>(() => new StaticFiles(new StaticFilesOptions { Directory = path }));

        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public async Task InvokeAsync_MissingDirectoryWithoutCheckDir_ThrowsOnFirstRequest() // upstream test_staticfiles_configured_with_missing_directory
    {
        var path = _tmp.Combine("no_such_directory");
        var app = new StaticFiles(new StaticFilesOptions { Directory = path, CheckDir = false });
        using var client = Client(app);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/example.txt"));

        Assert.Equal($"StaticFiles directory '{path}' does not exist.", error.Message);
        Assert.False(app.ConfigChecked);
    }

    [Fact]
    public async Task InvokeAsync_FileAsDirectoryWithoutCheckDir_ThrowsNotADirectory() // upstream test_staticfiles_configured_with_file_instead_of_directory
    {
        var path = _tmp.Write("example.txt", "<file content>");
        using var client = Client(new StaticFiles(new StaticFilesOptions { Directory = path, CheckDir = false }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/example.txt"));

        Assert.Equal($"StaticFiles path '{path}' is not a directory.", error.Message);
    }

    [Fact]
    public async Task InvokeAsync_DirectoryCreatedAfterConstruction_ServesOnceItExists()
    {
        var path = _tmp.Combine("later");
        var app = new StaticFiles(new StaticFilesOptions { Directory = path, CheckDir = false });
        using var client = Client(app);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/example.txt"));

        _tmp.Write("later/example.txt", "<file content>");
        var response = await client.GetAsync("/example.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<file content>", await response.Content.ReadAsStringAsync());
        Assert.True(app.ConfigChecked);
    }

    [Fact]
    public async Task InvokeAsync_ConfigCheck_RunsOnlyOnce() // upstream test_staticfiles_config_check_occurs_only_once
    {
        var app = new StaticFiles(_tmp.Path);
        using var client = Client(app);
        Assert.False(app.ConfigChecked);

        await Assert.ThrowsAsync<HttpException>(() => client.GetAsync("/"));
        Assert.True(app.ConfigChecked);

        // Were the check repeated, removing the directory would turn the miss into "does not exist".
        Directory.Delete(_tmp.Path, recursive: true);
        var error = await Assert.ThrowsAsync<HttpException>(() => client.GetAsync("/"));
        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Constructor_NoDirectoryNorFolders_AnswersEverything404()
    {
        var app = new StaticFiles(new StaticFilesOptions());
        using var client = Client(Mounted(app));

        var response = await client.GetAsync("/example.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(app.ConfigChecked);
    }

    [Fact]
    public void Constructor_Options_AreReadOnce()
    {
        var options = new StaticFilesOptions { Directory = _tmp.Path, Html = true, FollowSymlink = true };
        var app = new StaticFiles(options);

        options.Html = false;
        options.Directory = null;

        Assert.True(app.Html);
        Assert.True(app.FollowSymlink);
        Assert.Equal(_tmp.Path, app.Directory);
        Assert.Empty(app.EmbeddedFolders);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new StaticFiles((StaticFilesOptions)null!));
        Assert.Throws<ArgumentNullException>(() => new StaticFiles((string)null!));
        Assert.Throws<ArgumentNullException>(() => new StaticFiles(new StaticFilesOptions { EmbeddedFolders = [null!] }));
    }
}
