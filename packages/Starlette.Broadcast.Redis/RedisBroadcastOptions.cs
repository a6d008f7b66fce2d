using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Starlette.Broadcast.Redis;

/// <summary>Where the Redis server is, and how channels map to its keys.</summary>
public sealed class RedisBroadcastOptions
{
    /// <summary>
    /// The server: a URL (<c>redis://[:password@]host[:port][/database]</c>, <c>rediss://</c> for TLS) or a
    /// StackExchange.Redis configuration string (<c>host:6379,password=...</c>). Ignored when
    /// <see cref="Configuration"/> is set.
    /// </summary>
    public string Url { get; set; } = "redis://localhost:6379";

    /// <summary>A StackExchange.Redis configuration to use as is (its reconnect and backlog settings included); default one built from <see cref="Url"/>.</summary>
    public ConfigurationOptions? Configuration { get; set; }

    /// <summary>What every stream key and pub/sub channel name starts with; default <c>broadcast:</c>.</summary>
    public string KeyPrefix { get; set; } = "broadcast:";

    /// <summary>
    /// About how many messages each channel's stream keeps (<c>XADD MAXLEN ~</c>: at least this many, trimmed in
    /// whole blocks); default 1,000, 0 for no history.
    /// </summary>
    public int HistoryLength { get; set; } = 1000;

    /// <summary>Where connection losses and returns are logged; default nowhere.</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;
}
