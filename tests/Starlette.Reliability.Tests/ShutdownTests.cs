using System.Diagnostics;
using System.Net.WebSockets;
using Starlette.Hosting.Kestrel.Tests;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;
using StarletteWebSocket = Starlette.WebSockets.WebSocket;

namespace Starlette.Reliability.Tests;

/// <summary>Stopping the server: open WebSockets are closed with 1012 at once, in-flight requests finish.</summary>
public class ShutdownTests
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task StopAsync_OpenWebSockets_ClosedWith1012WellUnderTheTimeout()
    {
        var disconnects = new System.Collections.Concurrent.ConcurrentBag<int>();
        var app = new StarletteApp(routes:
        [
            new WebSocketRoute("/ws", async (StarletteWebSocket socket) =>
            {
                await socket.AcceptAsync();
                while (true)
                {
                    if (await socket.ReceiveAsync() is WebSocketDisconnectMessage disconnect)
                    {
                        disconnects.Add(disconnect.Code);
                        return;
                    }
                }
            }),
        ]);
        var host = await KestrelHost.StartAsync(app, options => options.ShutdownTimeout = ShutdownTimeout);
        var clients = new List<ClientWebSocket>();
        for (var i = 0; i < 3; i++)
        {
            var client = new ClientWebSocket();
            await client.ConnectAsync(new Uri($"ws://127.0.0.1:{host.Address.Port}/ws"), CancellationToken.None).WaitAsync(Timeouts.Generous);
            clients.Add(client);
        }

        var clock = Stopwatch.StartNew();
        await host.Server.StopAsync().WaitAsync(Timeouts.Generous);
        clock.Stop();

        Assert.True(clock.Elapsed < ShutdownTimeout / 3, $"StopAsync took {clock.Elapsed}, the timeout is {ShutdownTimeout}");
        foreach (var client in clients)
        {
            var result = await client.ReceiveAsync(new byte[64], CancellationToken.None).WaitAsync(Timeouts.Generous);
            Assert.Equal(WebSocketMessageType.Close, result.MessageType);
            Assert.Equal(1012, (int?)client.CloseStatus);
            client.Dispose();
        }

        Assert.Equal([1012, 1012, 1012], disconnects);
        Assert.Empty(host.Log.Alarms());
        host.Client.Dispose();
    }

    [Fact]
    public async Task StopAsync_RequestInFlight_IsDrained()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new StarletteApp(routes:
        [
            new Route("/slow", async (Request request) =>
            {
                started.TrySetResult();
                await Task.Delay(TimeSpan.FromSeconds(1));
                return new PlainTextResponse("finished");
            }),
        ]);
        var host = await KestrelHost.StartAsync(app, options => options.ShutdownTimeout = ShutdownTimeout);

        var request = host.Client.GetStringAsync("/slow");
        await started.Task.WaitAsync(Timeouts.Generous);
        await host.Server.StopAsync().WaitAsync(Timeouts.Generous);

        Assert.Equal("finished", await request);
        host.Client.Dispose();
    }
}
