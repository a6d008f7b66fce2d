using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using Starlette.Types;
using static Starlette.Hosting.Kestrel.Tests.HostedApps;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>The access log's lines for WebSocket sessions, and the request id in the logging scope of a request's lines.</summary>
public class AccessLogTests
{
    private const string Access = "Starlette.Hosting.Kestrel.Access";

    [Fact]
    public async Task AccessLog_WebSocketSession_NamedWithCloseCodeAndDuration()
    {
        await using var host = await KestrelHost.StartAsync(Http(async (_, receive, send) =>
        {
            await receive(); // websocket.connect
            await send(new WebSocketAcceptMessage());
            await receive(); // the client's message
            await send(new WebSocketCloseMessage(Status.Ws1000NormalClosure));
        }));
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://{host.Address.Authority}/ws?room=1"), CancellationToken.None);
        await socket.SendAsync("hi"u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        await socket.ReceiveAsync(new byte[16], CancellationToken.None);

        var line = await WaitForAccessLineAsync(host);
        Assert.Matches("""^127\.0\.0\.1:\d+ - "WebSocket /ws\?room=1" accepted, closed 1000 after \d+\.\d s$""", line);
    }

    [Fact]
    public async Task AccessLog_WebSocketClosedBeforeAccept_Rejected403()
    {
        await using var host = await KestrelHost.StartAsync(Http(async (_, receive, send) =>
        {
            await receive();
            await send(new WebSocketCloseMessage());
        }));
        using var socket = new ClientWebSocket();
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri($"ws://{host.Address.Authority}/ws"), CancellationToken.None));

        Assert.EndsWith(" - \"WebSocket /ws\" rejected 403", await WaitForAccessLineAsync(host), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessLog_InvalidHandshake_Rejected400()
    {
        await using var host = await KestrelHost.StartAsync(Http((_, _, _) => throw new InvalidOperationException("never called")));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, host.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync("GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n\r\n"u8.ToArray());
        var reply = new byte[256];
        var read = await stream.ReadAsync(reply).AsTask().WaitAsync(Patience);

        Assert.StartsWith("HTTP/1.1 400", Encoding.ASCII.GetString(reply, 0, read), StringComparison.Ordinal);
        Assert.EndsWith(" - \"WebSocket /ws\" rejected 400", await WaitForAccessLineAsync(host), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessLog_SessionClosedByShutdown_Closed1012()
    {
        var accepted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var host = await KestrelHost.StartAsync(Http(async (_, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            accepted.SetResult();
            await receive(); // the host's 1012 at shutdown ends it
        }));
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://{host.Address.Authority}/live"), CancellationToken.None);
        await accepted.Task.WaitAsync(Patience);

        await host.DisposeAsync();

        Assert.Matches("""^127\.0\.0\.1:\d+ - "WebSocket /live" accepted, closed 1012 after \d+\.\d s$""", await WaitForAccessLineAsync(host));
    }

    [Fact]
    public async Task AccessLog_RequestIdOnScope_InLoggingScopeOfTheLine()
    {
        await using var host = await KestrelHost.StartAsync(Text(scope =>
        {
            scope.Items[ScopeItemKeys.RequestId] = "rid-42";
            return "ok";
        }));
        await host.Client.GetStringAsync("/");
        await WaitForAccessLineAsync(host);
        var (_, scopes) = Assert.Single(host.Log.ScopedEntries, e => e.Message.Contains("\"GET / HTTP/1.1\" 200", StringComparison.Ordinal));
        Assert.Equal("RequestId:rid-42", scopes[0]); // innermost; Kestrel's own ConnectionId scope is outside it
    }

    [Fact]
    public async Task AppException_RequestIdOnScope_InLoggingScope()
    {
        await using var host = await KestrelHost.StartAsync(Http((scope, _, _) =>
        {
            scope.Items[ScopeItemKeys.RequestId] = "rid-7";
            throw new InvalidOperationException("boom");
        }));
        await host.Client.GetAsync("/");
        await WaitForAccessLineAsync(host);
        var (_, scopes) = Assert.Single(host.Log.ScopedEntries, e => e.Message.StartsWith("Exception in ASGI application", StringComparison.Ordinal));
        Assert.Equal("RequestId:rid-7", scopes[0]);
    }

    private static async Task<string> WaitForAccessLineAsync(KestrelHost host)
    {
        for (var i = 0; i < 300; i++)
        {
            foreach (var entry in host.Log.Entries)
            {
                if (entry.Category == Access) return entry.Message;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("no access log line");
    }
}
