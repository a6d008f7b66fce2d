using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Starlette.Hosting.Kestrel;
using Starlette.Responses;
using Starlette.Routing;

namespace Starlette.Broadcast.Tests.CrossInstance;

/// <summary>
/// One app instance on real Kestrel sockets with its own Broadcast (connected in the lifespan): POST
/// /publish/{channel}?count=N publishes "0".."N-1"; the WebSocket /ws/{channel} sends "ready" once subscribed, then
/// every message's text. Shared by the Redis and PostgreSQL cross-instance tests (linked source).
/// </summary>
internal sealed class BroadcastInstance : IAsyncDisposable
{
    private readonly AsgiServer _server;

    private BroadcastInstance(AsgiServer server, Broadcast broadcast)
    {
        _server = server;
        Broadcast = broadcast;
    }

    public Broadcast Broadcast { get; }

    public Uri Address => _server.Addresses[0];

    public static async Task<BroadcastInstance> StartAsync(IBroadcastBackend backend, BroadcastOptions? options = null)
    {
        var broadcast = new Broadcast(backend, options);
        var app = new StarletteApp(
            routes:
            [
                new Route("/publish/{channel}", async request =>
                {
                    var count = int.Parse(request.QueryParams["count"] ?? "1", CultureInfo.InvariantCulture);
                    var channel = (string)request.PathParams["channel"]!;
                    for (var i = 0; i < count; i++) await broadcast.PublishAsync(channel, i.ToString(CultureInfo.InvariantCulture));
                    return new PlainTextResponse("published");
                }, methods: ["POST"]),
                new WebSocketRoute("/ws/{channel}", async websocket =>
                {
                    await websocket.AcceptAsync();
                    await using var subscription = await broadcast.SubscribeAsync((string)websocket.PathParams["channel"]!);
                    await websocket.SendTextAsync("ready");
                    await foreach (var message in subscription) await websocket.SendTextAsync(message.Text);
                }),
            ],
            onStartup: [() => broadcast.ConnectAsync()],
            onShutdown: [() => broadcast.DisposeAsync()]);
        var server = await AsgiServer.StartAsync(app.ToApp(), new AsgiServerOptions { Port = 0, AccessLog = false, ShutdownTimeout = TimeSpan.FromSeconds(2) });
        return new BroadcastInstance(server, broadcast);
    }

    public async Task PublishAsync(string channel, int count)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.PostAsync(new Uri($"/publish/{channel}?count={count}", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A WebSocket client subscribed to the channel (returns once the server said "ready").</summary>
    public async Task<ClientWebSocket> SubscribeAsync(string channel)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(Address) { Scheme = "ws", Path = $"/ws/{channel}" }.Uri;
        await socket.ConnectAsync(uri, CancellationToken.None);
        Assert.Equal("ready", await ReceiveTextAsync(socket));
        return socket;
    }

    public static async Task<string> ReceiveTextAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[256];
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("The server closed the WebSocket.");
            length += result.Count;
            if (result.EndOfMessage) return Encoding.UTF8.GetString(buffer, 0, length);
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}
