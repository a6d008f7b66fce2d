using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel.Tests;

public class Http2AndTlsTests
{
    private static HttpClient Http2Client(Uri address) => new(new SocketsHttpHandler())
    {
        BaseAddress = address,
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    [Fact]
    public async Task Trailers_OverHttp2_ReachTheClient()
    {
        AsgiApp app = async (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Lifespan) { await Apps.LifespanAsync(receive, send); return; }
            Assert.True(scope.HasExtension(ExtensionNames.Trailers));
            await send(new HttpResponseStartMessage(200, [new("content-type", "text/plain")], trailers: true));
            await send(new HttpResponseBodyMessage(Encoding.UTF8.GetBytes($"http {scope.HttpVersion}")));
            await send(new HttpResponseTrailersMessage([new("x-checksum", "abc")]));
        };
        await using var host = await KestrelHost.StartAsync(app, o => o.Protocols = HttpProtocols.Http2);
        using var client = Http2Client(host.Address);

        var response = await client.GetAsync("/");

        Assert.Equal("http 2", await response.Content.ReadAsStringAsync());
        Assert.Equal(["abc"], response.TrailingHeaders.GetValues("x-checksum"));
    }

    [Fact]
    public async Task Trailers_OverHttp1_AreNotAdvertised()
    {
        await using var host = await KestrelHost.StartAsync((scope, receive, send) => scope.Type == ScopeType.Lifespan
            ? Apps.LifespanAsync(receive, send)
            : Apps.TextAsync(send, $"{scope.HasExtension(ExtensionNames.Trailers)}"));

        Assert.Equal("False", await host.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task WebSocket_OverHttp2ExtendedConnect_Echoes()
    {
        AsgiApp app = async (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Lifespan) { await Apps.LifespanAsync(receive, send); return; }
            await receive();
            await send(new WebSocketAcceptMessage());
            var message = (WebSocketReceiveMessage)await receive();
            await send(new WebSocketSendMessage($"{scope.HttpVersion} {scope.Scheme} {message.Text}"));
            await receive();
        };
        await using var host = await KestrelHost.StartAsync(app, o => o.Protocols = HttpProtocols.Http2);
        using var socket = new ClientWebSocket();
        socket.Options.HttpVersion = HttpVersion.Version20;
        socket.Options.HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        using var invoker = new HttpMessageInvoker(new SocketsHttpHandler());

        await socket.ConnectAsync(new UriBuilder(host.Address) { Scheme = "ws" }.Uri, invoker, CancellationToken.None);
        await socket.SendAsync("hi"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[256];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);

        Assert.Equal("2 ws hi", Encoding.UTF8.GetString(buffer, 0, result.Count));
    }

    [Fact]
    public async Task Https_CertificateFile_ServesTlsWithHttp2()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"starlette-test-{Guid.NewGuid():N}.pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "secret"));
        }

        try
        {
            await using var host = await KestrelHost.StartAsync(
                (scope, receive, send) => scope.Type == ScopeType.Lifespan
                    ? Apps.LifespanAsync(receive, send)
                    : Apps.TextAsync(send, $"{scope.Scheme} {scope.HttpVersion}"),
                o => { o.CertificatePath = pfx; o.CertificatePassword = "secret"; },
                new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/") { Version = HttpVersion.Version20 };

            var response = await host.Client.SendAsync(request);

            Assert.Equal("https", host.Address.Scheme);
            Assert.Equal("https 2", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public async Task Https_MissingCertificateFile_FailsClearly()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            KestrelHost.StartAsync((scope, receive, send) => ValueTask.CompletedTask, o => o.CertificatePath = "/nonexistent/cert.pem"));

        Assert.Contains("/nonexistent/cert.pem", error.Message, StringComparison.Ordinal);
    }
}
