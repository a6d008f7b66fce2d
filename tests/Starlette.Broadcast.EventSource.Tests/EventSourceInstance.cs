using Starlette.Hosting.Kestrel;
using Starlette.Routing;

namespace Starlette.Broadcast.EventSource.Tests;

/// <summary>An app instance on real Kestrel sockets serving GET /events, the "news" channel as server-sent events.</summary>
internal sealed class EventSourceInstance : IAsyncDisposable
{
    private readonly AsgiServer _server;

    private EventSourceInstance(AsgiServer server, Broadcast broadcast)
    {
        _server = server;
        Broadcast = broadcast;
    }

    public Broadcast Broadcast { get; }

    public Uri Address => _server.Addresses[0];

    public static async Task<EventSourceInstance> StartAsync(IBroadcastBackend backend, BroadcastEventSourceOptions? options = null)
    {
        var broadcast = new Broadcast(backend);
        var app = new StarletteApp(
            routes: [new Route("/events", request => broadcast.EventSourceAsync(request, "news", options))],
            onStartup: [() => broadcast.ConnectAsync()],
            onShutdown: [() => broadcast.DisposeAsync()]);
        var server = await AsgiServer.StartAsync(app.ToApp(), new AsgiServerOptions { Port = 0, AccessLog = false, ShutdownTimeout = TimeSpan.FromSeconds(2) });
        return new EventSourceInstance(server, broadcast);
    }

    public async Task<EventStream> OpenAsync(string? lastEventId = null) => await EventStream.OpenAsync(new Uri(Address, "/events"), lastEventId);

    // Ending the broadcast first ends the open event streams, so the server stops without waiting for them.
    public async ValueTask DisposeAsync()
    {
        await Broadcast.DisposeAsync();
        await _server.DisposeAsync();
    }
}
