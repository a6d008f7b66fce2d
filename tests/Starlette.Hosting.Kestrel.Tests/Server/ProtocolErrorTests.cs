using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Starlette.Hosting.Contract;
using Starlette.Types;
using static Starlette.Hosting.Kestrel.Tests.HostedApps;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>Messages an app sends out of order over real sockets: the host's error names the rule broken.</summary>
public class ProtocolErrorTests
{
    [Theory]
    [InlineData("send-before-accept", "Received 'websocket.send' before 'websocket.accept'")]
    [InlineData("http-message", "Received 'http.response.start' on a WebSocket connection")]
    [InlineData("denial-body-first", "Received 'websocket.http.response.body' without a 'websocket.http.response.start' before it")]
    [InlineData("accept-after-denial", "Received 'websocket.accept' after a denial response")]
    public async Task WebSocket_OutOfOrderBeforeAccept_Is500NamingTheRule(string path, string error)
    {
        await using var host = await KestrelHost.StartAsync(Http(async (scope, receive, send) =>
        {
            await receive();
            switch (scope.Path)
            {
                case "/send-before-accept":
                    await send(new WebSocketSendMessage("early"));
                    break;
                case "/http-message":
                    await send(new HttpResponseStartMessage(200));
                    break;
                case "/denial-body-first":
                    await send(new WebSocketHttpResponseBodyMessage("x"u8.ToArray()));
                    break;
                case "/accept-after-denial":
                    await send(new WebSocketHttpResponseStartMessage(401));
                    await send(new WebSocketHttpResponseBodyMessage(default));
                    await send(new WebSocketAcceptMessage());
                    break;
            }
        }));
        using var socket = new ClientWebSocket();

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri($"ws://{host.Address.Authority}/{path}"), CancellationToken.None).WaitAsync(Patience));

        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message.StartsWith(error, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("accept-twice", "Received 'websocket.accept' after the WebSocket was accepted")]
    [InlineData("denial-after-accept", "Received 'websocket.http.response.start' after the handshake was answered")]
    public async Task WebSocket_OutOfOrderAfterAccept_Closed1011NamingTheRule(string path, string error)
    {
        await using var host = await KestrelHost.StartAsync(Http(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            if (scope.Path == "/accept-twice") await send(new WebSocketAcceptMessage());
            else await send(new WebSocketHttpResponseStartMessage(403));
        }));
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://{host.Address.Authority}/{path}"), CancellationToken.None).WaitAsync(Patience);

        await socket.ReceiveAsync(new byte[16], CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(WebSocketCloseStatus.InternalServerError, socket.CloseStatus);
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message.StartsWith(error, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("not-announced", "Received 'http.response.trailers', but 'http.response.start' did not set Trailers = true.")]
    [InlineData("before-last-chunk", "Received 'http.response.trailers' before the last body chunk, or after the response completed.")]
    [InlineData("websocket-message", "Received 'websocket.accept' on an HTTP connection")]
    public async Task Http_OutOfOrder_Is500NamingTheRule(string path, string error)
    {
        await using var host = await KestrelHost.StartAsync(Http(async (scope, _, send) =>
        {
            switch (scope.Path)
            {
                case "/not-announced":
                    await send(new HttpResponseStartMessage(200));
                    await send(new HttpResponseTrailersMessage([]));
                    break;
                case "/before-last-chunk":
                    await send(new HttpResponseStartMessage(200, trailers: true));
                    await send(new HttpResponseTrailersMessage([]));
                    break;
                case "/websocket-message":
                    await send(new WebSocketAcceptMessage());
                    break;
            }
        }));

        var response = await host.Client.GetAsync("/" + path);

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message.StartsWith(error, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Http_DebugAndPushMessages_AreIgnoredByThisHost()
    {
        await using var host = await KestrelHost.StartAsync(Http(async (_, _, send) =>
        {
            await send(new HttpResponseDebugMessage(new Dictionary<string, object?> { ["template"] = "x" }));
            await send(new HttpResponsePushMessage("/style.css"));
            await Apps.TextAsync(send, "ok");
        }));

        Assert.Equal("ok", await host.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Lifespan_StartupAnsweredWithTheWrongMessage_StartFailsNamingIt()
    {
        AsgiApp app = async (_, receive, send) =>
        {
            await receive();
            await send(LifespanShutdownCompleteMessage.Instance);
        };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => KestrelHost.StartAsync(app));

        Assert.Equal("Expected 'lifespan.startup.complete' or 'lifespan.startup.failed', but the app sent 'lifespan.shutdown.complete'.", error.Message);
    }

    [Theory]
    [InlineData(true, "Lifespan shutdown failed: cannot flush")]
    [InlineData(false, "Expected 'lifespan.shutdown.complete' or 'lifespan.shutdown.failed', but the app sent 'lifespan.startup.complete'.")]
    public async Task Lifespan_ShutdownFailedOrWrongMessage_StopRaisesIt(bool failed, string message)
    {
        AsgiApp app = async (scope, receive, send) =>
        {
            if (scope.Type != ScopeType.Lifespan) return;
            await receive();
            await send(LifespanStartupCompleteMessage.Instance);
            await receive();
            await send(failed ? new LifespanShutdownFailedMessage("cannot flush") : LifespanStartupCompleteMessage.Instance);
        };
        var host = await KestrelHost.StartAsync(app);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Server.StopAsync());

        Assert.Equal(message, error.Message);
        host.Client.Dispose();
    }
}
