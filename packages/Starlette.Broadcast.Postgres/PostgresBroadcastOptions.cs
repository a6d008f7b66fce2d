using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Starlette.Broadcast.Postgres;

/// <summary>Where the database is, and the table and NOTIFY channel the backend uses.</summary>
public sealed class PostgresBroadcastOptions
{
    /// <summary>The Npgsql connection string (<c>Host=...;Username=...;Password=...;Database=...</c>).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The history table (created when missing, with <c>&lt;table&gt;_trim</c> beside it); default <c>broadcast_messages</c>.</summary>
    public string TableName { get; set; } = "broadcast_messages";

    /// <summary>The one PostgreSQL NOTIFY channel every broadcast channel travels on; default <c>starlette_broadcast</c>.</summary>
    public string NotifyChannel { get; set; } = "starlette_broadcast";

    /// <summary>About how many messages the table keeps per channel (trimmed every 100 publishes of an instance); default 1,000.</summary>
    public int HistoryLength { get; set; } = 1000;

    /// <summary>How long the listener waits between reconnection attempts; default 500 ms.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Where connection losses and returns are logged; default nowhere.</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;
}
