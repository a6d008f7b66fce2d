using System.Net.Sockets;
using System.Text;
using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>The scope's path and raw_path built from the raw request target, as uvicorn builds them.</summary>
public class RequestPathTests
{
    private static readonly AsgiApp Echo = (scope, _, send) =>
    {
        var text = $"{Convert.ToHexString(Encoding.UTF8.GetBytes(scope.Path))} {scope.Path}|{scope.RawPath}|{scope.QueryString}";
        var length = Encoding.UTF8.GetByteCount(text).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Apps.TextAsync(send, text, 200, new HttpHeader("content-length", length));
    };

    // The response body, read as UTF-8 after the headers.
    private static async Task<string> SendAsync(Uri address, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var response = Encoding.UTF8.GetString(buffer.ToArray());
        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
        return response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
    }

    private static string Expected(string path, string rawPath, string query = "") =>
        $"{Convert.ToHexString(Encoding.UTF8.GetBytes(path))} {path}|{rawPath}|{query}";

    [Theory]
    [InlineData("/files/x/../y/./z", "/files/x/../y/./z")]
    [InlineData("/a//b/", "/a//b/")]
    [InlineData("/%2e%2e/a%2Fb", "/../a/b")]
    [InlineData("/caf%C3%A9%20%E2%82%AC", "/café €")]
    [InlineData("/bad%C3%28%zz%4", "/bad\ufffd(%zz%4")]
    [InlineData("/plain", "/plain")]
    public async Task Path_IsTheTargetPercentDecodedWithDotSegmentsKept(string target, string path)
    {
        await using var host = await KestrelHost.StartAsync(Echo);

        Assert.Equal(Expected(path, target, "q=1"), await SendAsync(host.Address, target + "?q=1"));
    }

    [Fact]
    public async Task NormalizePath_KeepsKestrelsResolvedPath()
    {
        await using var host = await KestrelHost.StartAsync(Echo, o => o.NormalizePath = true);

        Assert.Equal(Expected("/files/y/z", "/files/x/../y/./z"), await SendAsync(host.Address, "/files/x/../y/./z"));
    }

    [Fact]
    public async Task AbsoluteFormTarget_PathFromKestrelRawPathEscaped()
    {
        await using var host = await KestrelHost.StartAsync(Echo);

        Assert.Equal(Expected("/a b/c", "/a%20b/c", "q=1"), await SendAsync(host.Address, "http://localhost/a%20b/c?q=1"));
    }

    [Fact]
    public async Task Http10Request_HttpVersionIs10()
    {
        AsgiApp version = (scope, _, send) => Apps.TextAsync(send, scope.HttpVersion, 200, new HttpHeader("content-length", "3"));
        await using var host = await KestrelHost.StartAsync(version);
        using var client = new TcpClient();
        await client.ConnectAsync(host.Address.Host, host.Address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync("GET / HTTP/1.0\r\nHost: localhost\r\n\r\n"u8.ToArray());
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);

        Assert.EndsWith("\r\n\r\n1.0", Encoding.ASCII.GetString(buffer.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RootPath_PrefixesTheRawPathToo()
    {
        await using var host = await KestrelHost.StartAsync(Echo, o => o.RootPath = "/api");

        Assert.Equal(Expected("/api/x/../y", "/api/x/../y"), await SendAsync(host.Address, "/x/../y"));
    }
}
