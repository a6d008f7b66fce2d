using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Starlette.Hosting.Kestrel;
using Starlette.Responses;
using Starlette.Routing;

namespace Starlette.StaticFiles.Tests;

/// <summary>
/// Raw request targets sent over a socket to the Kestrel host (which decodes <c>%2F</c> into the path, as uvicorn
/// does): each is refused by the server (400) or answered 404 by StaticFiles, never with a file outside the root.
/// </summary>
public sealed class KestrelHostilePathTests : IDisposable
{
    private const string Secret = "TOP-SECRET";
    private readonly TempDir _outer = new();
    private readonly string _root;

    public KestrelHostilePathTests()
    {
        _outer.Write("secret.txt", Secret);
        _root = _outer.Folder("static");
        _outer.Write("static/public.txt", "public");
        _outer.Folder("static/sub");
        if (!OperatingSystem.IsWindows())
        {
            Directory.CreateSymbolicLink(Path.Join(_root, "escape"), _outer.Path);
            File.CreateSymbolicLink(Path.Join(_root, "leak.txt"), _outer.Combine("secret.txt"));
        }
    }

    public void Dispose() => _outer.Dispose();

    [Fact]
    public async Task Get_RawTargetsOverKestrel_NeverLeakOutsideFiles()
    {
        string[] targets =
        [
            "/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%2Fsecret.txt",
            "/sub/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt", "/%00", "/secret.txt%00",
            "/escape/secret.txt", "/leak.txt", "//etc/passwd", "/%2F%2Fetc/passwd", "/" + new string('a', 4000),
            "/sub/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd", "/.%2e/secret.txt", "/%c0%ae%c0%ae/secret.txt",
            // Dot segments now reach the app as sent (uvicorn's behaviour): StaticFiles' own guard must hold.
            "/sub/../../secret.txt", "/./../secret.txt", "/sub/./../../secret.txt", "/sub/..", "/../", "/sub/../..",
            "/%2e%2e/%2e%2e/secret.txt", "/sub/%2e%2e/%2e%2e/secret.txt", "/escape/../secret.txt", "/.../secret.txt",
        ];
        var app = Harness.Mounted(new StaticFiles(_root));
        await using var server = await AsgiServer.StartAsync(app, new AsgiServerOptions
        {
            Port = 0,
            AccessLog = false,
            LoggerFactory = NullLoggerFactory.Instance,
            Lifespan = LifespanMode.Off,
        });
        var address = server.Addresses[0];

        Assert.StartsWith("HTTP/1.1 200", await SendAsync(address, "/public.txt"), StringComparison.Ordinal);
        foreach (var target in targets)
        {
            var response = await SendAsync(address, target);
            Assert.True(response.StartsWith("HTTP/1.1 404", StringComparison.Ordinal) || response.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), $"{target}: {response}");
            Assert.DoesNotContain(Secret, response, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_DotSegmentsInside_ReachTheFileLikeUpstream()
    {
        var app = Harness.Mounted(new StaticFiles(_root));
        await using var server = await StartAsync(app);

        // os.path.normpath resolves them under the root, as upstream's StaticFiles does.
        Assert.EndsWith("\r\n\r\npublic", await SendAsync(server.Addresses[0], "/sub/../public.txt"), StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\npublic", await SendAsync(server.Addresses[0], "/./sub/./../public.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DotSegmentsOutOfAnHtmlMount_GetTheMountsNotFoundPage()
    {
        _outer.Write("static/404.html", "<h1>Custom not found page</h1>");
        var app = Harness.Mounted(new StaticFiles(_root, html: true), "/static");
        await using var server = await StartAsync(app);

        var response = await SendAsync(server.Addresses[0], "/static/../x");

        Assert.StartsWith("HTTP/1.1 404", response, StringComparison.Ordinal);
        Assert.EndsWith("<h1>Custom not found page</h1>", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PathRoute_SeesTheDotSegmentsAsSent()
    {
        var app = new StarletteApp(routes: [new Route("/files/{rest:path}", request => new PlainTextResponse($"{request.PathParams["rest"]}|{request.Scope.RawPath}"))]);
        await using var server = await StartAsync(app);

        var response = await SendAsync(server.Addresses[0], "/files/x/../y/./z%20w");

        Assert.EndsWith("\r\n\r\nx/../y/./z w|/files/x/../y/./z%20w", response, StringComparison.Ordinal);
    }

    private static Task<AsgiServer> StartAsync(StarletteApp app) => AsgiServer.StartAsync(app.InvokeAsync, new AsgiServerOptions
    {
        Port = 0,
        AccessLog = false,
        LoggerFactory = NullLoggerFactory.Instance,
        Lifespan = LifespanMode.Off,
    });

    private static async Task<string> SendAsync(Uri address, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        return await reader.ReadToEndAsync();
    }
}
