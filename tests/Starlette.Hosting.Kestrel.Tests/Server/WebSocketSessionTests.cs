using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Starlette.Types;
using static Starlette.Hosting.Kestrel.Tests.HostedApps;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>How the host ends WebSocket sessions the app mishandles, and messages larger than its read buffer.</summary>
public class WebSocketSessionTests
{
    [Fact]
    public async Task WebSocket_AppReturnsWithoutHandshake_Is500AndLogged()
    {
        await using var host = await KestrelHost.StartAsync(Http(async (_, receive, _) => await receive()));

        Assert.Equal(500, await RefusedStatusAsync(host));
        Assert.Contains(host.Log.Entries, e => e.Message.StartsWith("ASGI callable returned without sending handshake", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WebSocket_AppThrowsBeforeAccept_Is500AndLogged()
    {
        await using var host = await KestrelHost.StartAsync(Http((_, _, _) => throw new InvalidOperationException("no socket for you")));

        Assert.Equal(500, await RefusedStatusAsync(host));
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "no socket for you");
    }

    [Fact]
    public async Task WebSocket_AppThrowsAfterAccept_Closed1011()
    {
        await using var host = await KestrelHost.StartAsync(Http(async (_, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            throw new InvalidOperationException("after accept");
        }));
        using var socket = await ConnectAsync(host);

        var result = await socket.ReceiveAsync(new byte[16], CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(WebSocketCloseStatus.InternalServerError, socket.CloseStatus);
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "after accept");
    }

    [Fact]
    public async Task WebSocket_ReceiveAfterDisconnect_Disconnect1006()
    {
        var codes = new TaskCompletionSource<int[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await KestrelHost.StartAsync(Http(async (_, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            var first = (WebSocketDisconnectMessage)await receive();
            var second = (WebSocketDisconnectMessage)await receive();
            codes.SetResult([first.Code, second.Code]);
        }));
        using var socket = await ConnectAsync(host);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        var received = await codes.Task.WaitAsync(Patience);
        Assert.Equal([1000, 1006], received);
    }

    [Fact]
    public async Task WebSocket_MessagesLargerThanTheReadBuffer_ArriveWhole()
    {
        await using var host = await KestrelHost.StartAsync(Http(async (_, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            for (var i = 0; i < 2; i++)
            {
                var message = (WebSocketReceiveMessage)await receive();
                var length = message.Text?.Length ?? message.Bytes!.Value.Length;
                await send(new WebSocketSendMessage(text: $"{(message.Text is null ? "bytes" : "text")} {length}"));
            }
        }));
        using var socket = await ConnectAsync(host);

        await socket.SendAsync(new string('a', 40_000).Select(c => (byte)c).ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal("text 40000", await ReceiveTextAsync(socket));
        await socket.SendAsync(new byte[300_000], WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.Equal("bytes 300000", await ReceiveTextAsync(socket));
    }

    [Fact]
    public async Task WebSocket_FragmentedMessageOver16MiB_Closed1009()
    {
        var code = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await KestrelHost.StartAsync(Http(async (_, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            code.SetResult(((WebSocketDisconnectMessage)await receive()).Code);
        }));
        using var socket = await ConnectAsync(host);
        var fragment = new byte[1024 * 1024];
        try
        {
            for (var i = 0; i < 17 && !code.Task.IsCompleted; i++)
                await socket.SendAsync(fragment, WebSocketMessageType.Binary, endOfMessage: false, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // the host closed while the client was still sending
        }

        Assert.Equal(1009, await code.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task WebSocket_SendAfterClientAborted_ClientDisconnectNotAppError()
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await KestrelHost.StartAsync(Http(async (_, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            accepted.SetResult();
            try
            {
                var chunk = new byte[64 * 1024];
                for (var deadline = DateTime.UtcNow + Patience; DateTime.UtcNow < deadline;)
                {
                    await send(new WebSocketSendMessage(bytes: chunk));
                    await Task.Delay(5);
                }
            }
            finally
            {
                ended.SetResult();
            }
        }), logLevel: LogLevel.Debug);
        var socket = await ConnectAsync(host);
        await accepted.Task.WaitAsync(Patience);

        socket.Abort();
        socket.Dispose();
        await ended.Task.WaitAsync(Patience);

        await WaitForAsync(() => host.Log.Entries.Any(e => e.Message.StartsWith("Client disconnected", StringComparison.Ordinal)));
        Assert.DoesNotContain(host.Log.Entries, e => e.Level == LogLevel.Error);
    }

    private static async Task<ClientWebSocket> ConnectAsync(KestrelHost host)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://{host.Address.Authority}/ws"), CancellationToken.None).WaitAsync(Patience);
        return socket;
    }

    private static async Task<int> RefusedStatusAsync(KestrelHost host)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri($"ws://{host.Address.Authority}/ws"), CancellationToken.None).WaitAsync(Patience));
        return (int)socket.HttpStatusCode;
    }

    private static async Task<string> ReceiveTextAsync(ClientWebSocket socket)
    {
        var buffer = new byte[256];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Patience);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = TimeSpan.Zero; !condition(); waited += TimeSpan.FromMilliseconds(20))
        {
            if (waited > Patience) throw new TimeoutException("the condition did not hold in time");
            await Task.Delay(20);
        }
    }
}
