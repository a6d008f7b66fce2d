using System.Collections.Concurrent;
using StackExchange.Redis;
using Starlette.Broadcast.Redis.Internal;

namespace Starlette.Broadcast.Redis;

/// <summary>
/// The Redis backend: pub/sub fans each message out to every instance subscribed to its channel, and a Redis Stream
/// per channel (<c>XADD</c>, in the same script as the <c>PUBLISH</c>) gives it its id and keeps the history.
/// StackExchange.Redis reconnects and resubscribes by itself after a restart; the backend then reports the gap.
/// While Redis is down, publishing throws <see cref="BroadcastUnavailableException"/> at once.
/// </summary>
public sealed partial class RedisBroadcastBackend : IBroadcastBackend
{
    private readonly RedisBroadcastOptions _options;
    private readonly ConfigurationOptions _configuration;
    private readonly string _where;
    private readonly ConcurrentDictionary<string, ChannelMessageQueue> _subscriptions = new(StringComparer.Ordinal);
    private readonly ConnectionWatch _watch;
    private ConnectionMultiplexer? _connection;
    private IBroadcastReceiver? _receiver;

    /// <summary>A backend on the Redis server at <paramref name="url"/>.</summary>
    /// <param name="url">A <c>redis://</c> URL or a StackExchange.Redis configuration string.</param>
    public RedisBroadcastBackend(string url)
        : this(new RedisBroadcastOptions { Url = url })
    {
    }

    /// <summary>A backend with the given options.</summary>
    /// <param name="options">The server and key layout.</param>
    public RedisBroadcastBackend(RedisBroadcastOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.HistoryLength, nameof(options));
        ArgumentNullException.ThrowIfNull(options.KeyPrefix, nameof(options));
        _options = options;
        _configuration = _options.Configuration ?? RedisUrl.Parse(_options.Url);
        _where = string.Join(",", _configuration.EndPoints);
        _watch = new ConnectionWatch(_options.Logger);
    }

    /// <inheritdoc />
    public bool SupportsHistory => true;

    /// <summary>The multiplexer, once connected (for diagnostics).</summary>
    public IConnectionMultiplexer? Connection => _connection;

    /// <inheritdoc />
    public async ValueTask ConnectAsync(IBroadcastReceiver receiver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        if (_connection is not null) throw new InvalidOperationException("The Redis backend is already connected.");
        try
        {
            _connection = await ConnectionMultiplexer.ConnectAsync(_configuration).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisConnectionException error)
        {
            throw new BroadcastUnavailableException($"Cannot connect to Redis at {_where}: {error.Message}", error);
        }

        _receiver = receiver;
        _watch.Attach(_connection, receiver);
    }

    /// <inheritdoc />
    public async ValueTask SubscribeAsync(string channel, CancellationToken cancellationToken)
    {
        var (server, target) = Connected();
        if (_subscriptions.ContainsKey(channel)) return;
        ChannelMessageQueue queue;
        try
        {
            queue = await server.GetSubscriber().SubscribeAsync(RedisChannel.Literal(_options.KeyPrefix + channel)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException error)
        {
            throw Unavailable("subscribe to", channel, error);
        }

        if (!_subscriptions.TryAdd(channel, queue))
        {
            await queue.UnsubscribeAsync().ConfigureAwait(false);
            return;
        }

        queue.OnMessage(message =>
        {
            if (RedisWire.Decode(channel, (byte[])message.Message!) is { } decoded) target.OnMessage(decoded);
            else RedisLog.Malformed(_options.Logger, channel);
        });
    }

    /// <inheritdoc />
    public async ValueTask UnsubscribeAsync(string channel, CancellationToken cancellationToken)
    {
        if (!_subscriptions.TryRemove(channel, out var queue)) return;
        try
        {
            await queue.UnsubscribeAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException error)
        {
            throw Unavailable("unsubscribe from", channel, error);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _subscriptions.Clear();
        if (_connection is { } open)
        {
            _watch.Detach(open);
            _connection = null;
            await open.CloseAsync(allowCommandsToComplete: false).ConfigureAwait(false);
            await open.DisposeAsync().ConfigureAwait(false);
        }
    }

    private (ConnectionMultiplexer Connection, IBroadcastReceiver Receiver) Connected() =>
        _connection is { } open && _receiver is { } target
            ? (open, target)
            : throw new BroadcastUnavailableException("The Redis backend is not connected: call the broadcast's ConnectAsync first.");

    private BroadcastUnavailableException Unavailable(string action, string channel, Exception error) =>
        new($"Redis at {_where} is unavailable: could not {action} '{channel}'. {error.Message}", error);
}
