using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Starlette.Broadcast.Redis.Internal;

/// <summary>
/// Turns the multiplexer's per-connection failure and restore events into the receiver's lost/restored calls:
/// lost when the first connection drops, restored when every dropped one is back (StackExchange.Redis has
/// resubscribed the channels by then).
/// </summary>
internal sealed class ConnectionWatch(ILogger logger)
{
    private readonly HashSet<ConnectionType> _down = [];
    private readonly Lock _gate = new();
    private IBroadcastReceiver? _receiver;

    public void Attach(ConnectionMultiplexer connection, IBroadcastReceiver target)
    {
        _receiver = target;
        connection.ConnectionFailed += OnFailed;
        connection.ConnectionRestored += OnRestored;
    }

    public void Detach(ConnectionMultiplexer connection)
    {
        connection.ConnectionFailed -= OnFailed;
        connection.ConnectionRestored -= OnRestored;
        _receiver = null;
    }

    private void OnFailed(object? sender, ConnectionFailedEventArgs e)
    {
        RedisLog.ConnectionLost(logger, e.ConnectionType, e.EndPoint?.ToString(), e.FailureType, e.Exception);
        bool first;
        lock (_gate)
        {
            first = _down.Count == 0;
            _down.Add(e.ConnectionType);
        }

        if (first) _receiver?.OnConnectionLost(e.Exception);
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        RedisLog.ConnectionRestored(logger, e.ConnectionType, e.EndPoint?.ToString());
        bool all;
        lock (_gate)
        {
            all = _down.Remove(e.ConnectionType) && _down.Count == 0;
        }

        if (all) _receiver?.OnConnectionRestored();
    }
}
