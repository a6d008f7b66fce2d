using Starlette.Routing;

namespace Starlette.Tests.Security;

/// <summary>
/// StaticFiles advisories: GHSA-v5gw-mw7f-84px (CVE-2023-29159), a sibling whose name starts with the served
/// folder's name was served through <c>..</c>; GHSA-wqp7-x3pw-xc5r (CVE-2026-48818), a UNC path made Windows
/// resolve a remote share before the containment check. Both are 404 here, on any OS.
/// </summary>
public sealed class StaticFilesAdvisoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("starlette-static-").FullName;
    private readonly StarletteApp _app;

    public StaticFilesAdvisoryTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "static"));
        Directory.CreateDirectory(Path.Combine(_root, "static_disallow"));
        File.WriteAllText(Path.Combine(_root, "static", "index.html"), "public");
        File.WriteAllText(Path.Combine(_root, "static_disallow", "index.html"), "secret");
        File.WriteAllText(Path.Combine(_root, "static1.txt"), "secret");
        _app = new StarletteApp(routes: [new Mount("/static", new StaticFiles.StaticFiles(Path.Combine(_root, "static"), html: true), name: "static")]);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task StaticFiles_InsideFile_IsServed()
    {
        Assert.Equal((200, "public"), await DirectCall.GetAsync(_app, "/static/index.html"));
    }

    [Theory]
    [InlineData("/static/../static1.txt")]
    [InlineData("/static/../static_disallow/")]
    [InlineData("/static/../static_disallow/index.html")]
    [InlineData("/static/..%2fstatic1.txt")]
    [InlineData("/static/./../static1.txt")]
    public async Task StaticFiles_SiblingWithTheSamePrefix_Answers404(string path)
    {
        var (status, body) = await DirectCall.GetAsync(_app, path);

        Assert.Equal(404, status);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/static/\\\\attacker.example\\share\\x")]
    [InlineData("/static///attacker.example/share/x")]
    [InlineData("/static/\\\\?\\UNC\\attacker.example\\share")]
    [InlineData("/static/C:\\Windows\\win.ini")]
    public async Task StaticFiles_UncOrDrivePath_Answers404(string path)
    {
        var (status, _) = await DirectCall.GetAsync(_app, path);

        Assert.Equal(404, status);
    }
}
