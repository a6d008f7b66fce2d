using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Starlette.Hosting.Contract;
using Starlette.Types;
using static Starlette.Hosting.Kestrel.Tests.HostedApps;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>Hostile input and faults the host answers itself (issue 13).</summary>
public class FaultTests
{
    private static async Task<string> ExchangeAsync(Uri address, byte[] request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request);
        var reply = new byte[256];
        var read = await stream.ReadAsync(reply).AsTask().WaitAsync(Patience);
        return Encoding.ASCII.GetString(reply, 0, read);
    }

    [Fact]
    public async Task ContentLength_LargerThanAnyNumber_Is400()
    {
        await using var host = await KestrelHost.StartAsync(Http((scope, receive, send) => Apps.TextAsync(send, "ok")));

        var reply = await ExchangeAsync(host.Address, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n"u8.ToArray());

        Assert.StartsWith("HTTP/1.1 400", reply, StringComparison.Ordinal);
        Assert.Equal("ok", await host.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Receive_BodyOverLimit_RaisesHttpException413()
    {
        Exception? raised = null;
        await using var host = await KestrelHost.StartAsync(Http(async (scope, receive, send) =>
        {
            try
            {
                await Apps.ReadBodyAsync(receive);
            }
            catch (HttpException error)
            {
                raised = error;
                await Apps.TextAsync(send, error.Detail, error.StatusCode);
            }
        }), o => o.MaxRequestBodySize = 1024);

        var response = await host.Client.PostAsync("/", new ByteArrayContent(new byte[4096]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, Assert.IsType<HttpException>(raised).StatusCode);
        Assert.Contains("1024", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_AfterClientLeft_RaisesClientDisconnect()
    {
        var outcome = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await KestrelHost.StartAsync(Http(async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200, []));
            await send(new HttpResponseBodyMessage("first"u8.ToArray(), moreBody: true));
            started.TrySetResult();
            var deadline = DateTime.UtcNow + Patience;
            while (!scope.Aborted.IsCancellationRequested && DateTime.UtcNow < deadline) await Task.Delay(20);
            try
            {
                await send(new HttpResponseBodyMessage("second"u8.ToArray(), moreBody: true));
                outcome.TrySetResult(null);
            }
            catch (Exception error)
            {
                outcome.TrySetResult(error);
                throw;
            }
        }), logLevel: LogLevel.Debug);

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(IPAddress.Loopback, host.Address.Port);
            await tcp.GetStream().WriteAsync("GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray());
            await started.Task.WaitAsync(Patience);
        }

        Assert.IsType<ClientDisconnectException>(await outcome.Task.WaitAsync(Patience));
        var deadline = DateTime.UtcNow + Patience;
        while (!host.Log.Entries.Any(e => e.Message.StartsWith("Client disconnected", StringComparison.Ordinal)) && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Debug && e.Message.StartsWith("Client disconnected", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Log.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task App_ReturnsMidResponse_LoggedAndBodyCutShort()
    {
        await using var host = await KestrelHost.StartAsync(Http(async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200, []));
            await send(new HttpResponseBodyMessage("part"u8.ToArray(), moreBody: true));
        }));

        await Assert.ThrowsAsync<HttpRequestException>(() => host.Client.GetStringAsync("/"));

        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("ASGI callable returned without completing response", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Receive_WhileRespondingWhenClientLeaves_HttpDisconnect()
    {
        var received = new TaskCompletionSource<AsgiMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await KestrelHost.StartAsync(Http(async (_, receive, send) =>
        {
            await Apps.ReadBodyAsync(receive);
            await send(new HttpResponseStartMessage(200, []));
            await send(new HttpResponseBodyMessage("first"u8.ToArray(), moreBody: true));
            started.TrySetResult();
            received.TrySetResult(await receive()); // the body is read: this waits for the client to leave
        }), logLevel: LogLevel.Debug);

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(IPAddress.Loopback, host.Address.Port);
            await tcp.GetStream().WriteAsync("GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray());
            await started.Task.WaitAsync(Patience);
        }

        Assert.IsType<HttpDisconnectMessage>(await received.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task WebSocket_FrameHeaderAnnouncing2Pow62Bytes_Closed1009FromTheHeaderAlone()
    {
        var disconnect = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await KestrelHost.StartAsync(async (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Lifespan) { await Apps.LifespanAsync(receive, send); return; }
            await receive();
            await send(new WebSocketAcceptMessage());
            if (await receive() is WebSocketDisconnectMessage gone) disconnect.TrySetResult(gone.Code);
        });
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, host.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"));
        var handshake = new byte[1024];
        var read = await stream.ReadAsync(handshake).AsTask().WaitAsync(Patience);
        Assert.StartsWith("HTTP/1.1 101", Encoding.ASCII.GetString(handshake, 0, read), StringComparison.Ordinal);

        // A masked binary frame whose 64-bit length says 2^62 bytes follow; none do.
        await stream.WriteAsync(new byte[] { 0x82, 0xFF, 0x40, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4 });

        var close = new byte[16];
        read = await stream.ReadAsync(close).AsTask().WaitAsync(Patience);
        Assert.True(read >= 4, $"read {read} bytes");
        Assert.Equal(0x88, close[0]); // a close frame...
        Assert.Equal(1009, (close[2] << 8) | close[3]); // ...with 1009 (message too big)
        Assert.Equal(1009, await disconnect.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task RunAsync_StoppedByItsToken_Returns0()
    {
        var log = new LogSink();
        using var stop = new CancellationTokenSource();
        var running = AsgiServer.RunAsync(Text(_ => "ok"), new AsgiServerOptions { Port = 0, LoggerFactory = log.Factory }, stop.Token);
        var deadline = DateTime.UtcNow + Patience;
        while (!log.Entries.Any(e => e.Message.StartsWith("Starlette running on", StringComparison.Ordinal)) && DateTime.UtcNow < deadline) await Task.Delay(20);

        await stop.CancelAsync();

        Assert.Equal(0, await running.WaitAsync(Patience));
        Assert.Contains(log.Entries, e => e.Message == "Application shutdown complete.");
    }

    [Fact]
    public async Task RunAsync_PortInUse_OneErrorLineLifespanShutdownExitCode1()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var events = new List<string>();
        AsgiApp app = (scope, receive, send) => Apps.LifespanAsync(receive, send, () => events.Add("startup"), () => events.Add("shutdown"));
        var log = new LogSink();

        try
        {
            var exitCode = await AsgiServer.RunAsync(app, new AsgiServerOptions { Port = port, LoggerFactory = log.Factory }).WaitAsync(Patience);

            Assert.Equal(1, exitCode);
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }

        Assert.Equal(["startup", "shutdown"], events);
        var error = Assert.Single(log.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains("address already in use", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Null(error.Exception);
        Assert.Contains(log.Entries, e => e.Message == "Application shutdown complete.");
    }
}
