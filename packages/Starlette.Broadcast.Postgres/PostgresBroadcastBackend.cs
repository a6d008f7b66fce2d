using System.Collections.Concurrent;
using Npgsql;
using Starlette.Broadcast.Postgres.Internal;

namespace Starlette.Broadcast.Postgres;

/// <summary>
/// The PostgreSQL backend: each message is a row of the history table (its id is the row id) and a NOTIFY on one
/// channel that every instance LISTENs to. A body too large for a NOTIFY payload travels through the table (the
/// notification carries only its id). The listener reconnects by itself after a restart and reports the gap; while
/// the database is down, publishing throws <see cref="BroadcastUnavailableException"/>.
/// </summary>
public sealed partial class PostgresBroadcastBackend : IBroadcastBackend
{
    private readonly PostgresBroadcastOptions _options;
    private readonly PostgresSql _sql;
    private readonly NpgsqlDataSource _dataSource;
    private readonly ConcurrentDictionary<string, byte> _channels = new(StringComparer.Ordinal);
    private Listener? _listener;
    private int _published;

    /// <summary>A backend on the database of <paramref name="connectionString"/>.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    public PostgresBroadcastBackend(string connectionString)
        : this(new PostgresBroadcastOptions { ConnectionString = connectionString })
    {
    }

    /// <summary>A backend with the given options.</summary>
    /// <param name="options">The database, table and NOTIFY channel.</param>
    public PostgresBroadcastBackend(PostgresBroadcastOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.ConnectionString, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HistoryLength, 1, nameof(options));
        _options = options;
        _sql = new PostgresSql(options.TableName, options.NotifyChannel);
        _dataSource = new NpgsqlSlimDataSourceBuilder(options.ConnectionString).Build();
    }

    /// <inheritdoc />
    public bool SupportsHistory => true;

    /// <inheritdoc />
    public async ValueTask ConnectAsync(IBroadcastReceiver receiver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        if (_listener is not null) throw new InvalidOperationException("The PostgreSQL backend is already connected.");
        try
        {
            await using (var command = _dataSource.CreateCommand(_sql.Create))
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _listener = await Listener.StartAsync(_dataSource, _sql, _options, _channels, receiver, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException error)
        {
            throw new BroadcastUnavailableException($"Cannot connect to PostgreSQL: {error.Message}", error);
        }
    }

    /// <inheritdoc />
    public ValueTask SubscribeAsync(string channel, CancellationToken cancellationToken)
    {
        _channels.TryAdd(channel, 0);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask UnsubscribeAsync(string channel, CancellationToken cancellationToken)
    {
        _channels.TryRemove(channel, out _);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_listener is { } listener) await listener.DisposeAsync().ConfigureAwait(false);
        _listener = null;
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    private BroadcastUnavailableException Unavailable(string what, Exception error)
    {
        _dataSource.Clear(); // pooled connections to a restarted server are dead: the next call opens fresh ones
        return new BroadcastUnavailableException($"PostgreSQL is unavailable: {what}. {error.Message}", error);
    }
}
