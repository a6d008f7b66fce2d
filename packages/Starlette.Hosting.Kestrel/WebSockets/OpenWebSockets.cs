using System.Collections.Concurrent;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// The server's accepted WebSockets, so a shutdown can close them all at once with 1012 (service restart), as
/// uvicorn does, instead of waiting out the shutdown timeout on sockets that stay open. A socket accepted after
/// the shutdown began is closed the same way.
/// </summary>
internal sealed class OpenWebSockets
{
    private readonly ConcurrentDictionary<OpenWebSocket, byte> _open = new();
    private volatile bool _closing;

    public int Count => _open.Count;

    public void Add(OpenWebSocket socket)
    {
        _open.TryAdd(socket, 0);
        if (_closing) _ = socket.CloseAsync(Status.Ws1012ServiceRestart);
    }

    public void Remove(OpenWebSocket socket) => _open.TryRemove(socket, out _);

    /// <summary>Closes every open socket with 1012; completes when the close frames are sent.</summary>
    public Task CloseAllAsync()
    {
        _closing = true;
        return Task.WhenAll(_open.Keys.Select(socket => socket.CloseAsync(Status.Ws1012ServiceRestart)));
    }
}
