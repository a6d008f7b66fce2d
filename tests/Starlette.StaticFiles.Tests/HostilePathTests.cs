using System.Net;
using static Starlette.StaticFiles.Tests.Harness;

namespace Starlette.StaticFiles.Tests;

/// <summary>
/// Every path a client can send is answered without touching a file outside the root. Layout:
/// <c>outer/secret.txt</c>, <c>outer/static_disallow/index.html</c> (both must never leak), and the served root
/// <c>outer/static</c> with <c>public.txt</c>, <c>sub/inner.txt</c>, <c>404.html</c>, and links that escape it:
/// <c>escape</c> (to outer), <c>leak.txt</c> (to the secret), <c>sub/up</c> (relative, <c>../..</c>).
/// </summary>
public sealed class HostilePathTests : IDisposable
{
    private const string Secret = "TOP-SECRET";
    private static readonly string LongName = new('a', 5000);
    private static readonly string ManyDotDots = string.Join('/', Enumerable.Repeat("..", 3000));
    private static readonly string Deep = string.Join('/', Enumerable.Repeat("sub", 2000));

    private readonly TempDir _outer = new();
    private readonly string _root;

    public HostilePathTests()
    {
        _outer.Write("secret.txt", Secret + " outside");
        _outer.Write("static_disallow/index.html", Secret + " sibling");
        _root = _outer.Folder("static");
        _outer.Write("static/public.txt", "public");
        _outer.Write("static/sub/inner.txt", "inner");
        _outer.Write("static/404.html", "custom 404");
        if (!OperatingSystem.IsWindows())
        {
            Directory.CreateSymbolicLink(Path.Join(_root, "escape"), _outer.Path);
            File.CreateSymbolicLink(Path.Join(_root, "leak.txt"), _outer.Combine("secret.txt"));
            Directory.CreateSymbolicLink(Path.Join(_root, "sub", "up"), Path.Join("..", ".."));
        }
    }

    public void Dispose() => _outer.Dispose();

    /// <summary>Paths as a server puts them in <c>scope["path"]</c> (percent-decoded), with the expected status.</summary>
    public static TheoryData<string, int> Paths(bool symlinksFollowed)
    {
        var rows = new TheoryData<string, int>
        {
            { "/public.txt", 200 }, { "/./public.txt", 200 }, { "/sub/../public.txt", 200 }, { "/public.txt/", 200 }, { "//sub//inner.txt", 200 },
            { "/../secret.txt", 404 }, { "/..", 404 }, { "/../", 404 }, { "/./../secret.txt", 404 }, { "/sub/../../secret.txt", 404 },
            { "/sub/../../../../../../../../etc/passwd", 404 }, { "/../static_disallow/index.html", 404 }, { "/public.txt/../../secret.txt", 404 },
            { "/..\\secret.txt", 404 }, { "/\\..\\secret.txt", 404 }, { "/sub\\..\\..\\secret.txt", 404 }, { "/\\\\server\\share\\secret.txt", 404 },
            { "/C:/Windows/win.ini", 404 }, { "/C:\\Windows\\win.ini", 404 }, { "/etc/passwd", 404 }, { "//etc/passwd", 404 },
            { "/secret.txt\0", 404 }, { "/\0../secret.txt", 404 }, { "/public.txt\0.png", 404 }, { "/../secret.txt\0", 404 },
            { "/%2e%2e/secret.txt", 404 }, { "/..%2fsecret.txt", 404 }, { "/%252e%252e/secret.txt", 404 }, { "/....//secret.txt", 404 },
            { "/\u2025/secret.txt", 404 }, { "/\uff0e\uff0e/secret.txt", 404 }, { "/~/secret.txt", 404 }, { "/$HOME/secret.txt", 404 },
            { "/" + LongName, 404 }, { "/" + ManyDotDots + "/secret.txt", 404 }, { "/" + Deep, 404 }, { "/sub/" + LongName + "/../../public.txt", 200 },
        };
        if (!symlinksFollowed && !OperatingSystem.IsWindows())
        {
            rows.Add("/escape/secret.txt", 404);
            rows.Add("/escape/static_disallow/index.html", 404);
            rows.Add("/escape", 404);
            rows.Add("/leak.txt", 404);
            rows.Add("/sub/up/secret.txt", 404);
            rows.Add("/sub/up/static/public.txt", 200); // out through a link and back in: the resolved path is inside, as upstream's realpath sees it
            rows.Add("/escape/static/public.txt", 200);
        }

        return rows;
    }

    public static TheoryData<string, int> NotFollowing => Paths(symlinksFollowed: false);

    public static TheoryData<string, int> Following => Paths(symlinksFollowed: true);

    [Theory]
    [MemberData(nameof(NotFollowing))]
    public async Task Get_HostilePath_NeverLeaksOutsideFiles(string path, int status) =>
        await AssertAnsweredInsideAsync(new StaticFilesOptions { Directory = _root }, path, status);

    [Theory]
    [MemberData(nameof(NotFollowing))]
    public async Task Get_HostilePathInHtmlMode_NeverLeaksOutsideFiles(string path, int status) =>
        await AssertAnsweredInsideAsync(new StaticFilesOptions { Directory = _root, Html = true }, path, status);

    [Theory]
    [MemberData(nameof(Following))]
    public async Task Get_HostilePathFollowingSymlinks_NeverLeaksOutsideFiles(string path, int status) =>
        await AssertAnsweredInsideAsync(new StaticFilesOptions { Directory = _root, FollowSymlink = true }, path, status);

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Send_HostilePathWithOtherMethod_Answers405(string method)
    {
        var app = Mounted(new StaticFiles(_root));

        var sent = await CallAsync(app, RequestScope("/../secret.txt", method));

        Assert.Equal(405, sent.Status);
        Assert.DoesNotContain(Secret, sent.Body.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("/sub/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/%00/../secret.txt")]
    [InlineData("/escape/secret.txt")]
    [InlineData("/leak.txt")]
    [InlineData("/sub/up/secret.txt")]
    public async Task Get_HostileUrlThroughTestClient_Answers404(string url)
    {
        using var client = Client(Mounted(new StaticFiles(_root)));

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task AssertAnsweredInsideAsync(StaticFilesOptions options, string path, int status)
    {
        var app = Mounted(new StaticFiles(options));
        foreach (var pathSend in new[] { false, true })
        {
            var sent = await CallAsync(app, RequestScope(path, pathSend: pathSend));

            var body = sent.Body.ToString();
            if (sent.PathSent is { } file)
            {
                Assert.StartsWith(_root + Path.DirectorySeparatorChar, file, StringComparison.Ordinal);
                body = await File.ReadAllTextAsync(file);
            }

            Assert.Equal(status, sent.Status);
            Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
            if (status == 404 && options.Html && !path.Contains('\0', StringComparison.Ordinal) && path.Length < 4000)
                Assert.Equal("custom 404", body);
        }
    }
}
