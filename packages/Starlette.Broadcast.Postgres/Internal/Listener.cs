using System.Collections.Concurrent;
using Npgsql;

namespace Starlette.Broadcast.Postgres.Internal;

/// <summary>
/// The LISTEN connection: Npgsql raises <see cref="NpgsqlConnection.Notification"/> while <see cref="NpgsqlConnection.WaitAsync(CancellationToken)"/>
/// waits; the loop then delivers what arrived, in order (a large message's body is read from the table first). When
/// the connection breaks, it reports the loss, reopens every <see cref="PostgresBroadcastOptions.ReconnectDelay"/>,
/// LISTENs again and reports the return.
/// </summary>
internal sealed class Listener : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresSql _sql;
    private readonly PostgresBroadcastOptions _options;
    private readonly ConcurrentDictionary<string, byte> _channels;
    private readonly IBroadcastReceiver _receiver;
    private readonly List<NotificationPayload> _arrived = [];
    private readonly CancellationTokenSource _stop = new();
    private NpgsqlConnection? _connection;
    private Task _loop = Task.CompletedTask;

    private Listener(NpgsqlDataSource dataSource, PostgresSql sql, PostgresBroadcastOptions options, ConcurrentDictionary<string, byte> channels, IBroadcastReceiver receiver)
    {
        _dataSource = dataSource;
        _sql = sql;
        _options = options;
        _channels = channels;
        _receiver = receiver;
    }

    public static async Task<Listener> StartAsync(NpgsqlDataSource dataSource, PostgresSql sql, PostgresBroadcastOptions options, ConcurrentDictionary<string, byte> channels, IBroadcastReceiver receiver, CancellationToken cancellationToken)
    {
        var listener = new Listener(dataSource, sql, options, channels, receiver);
        listener._connection = await listener.OpenAsync(cancellationToken).ConfigureAwait(false);
        listener._loop = Task.Run(listener.RunAsync, CancellationToken.None);
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        if (_connection is not null) await _connection.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Notification += (_, e) =>
            {
                if (NotificationPayload.TryParse(e.Payload, out var payload)) _arrived.Add(payload);
                else PostgresLog.Malformed(_options.Logger, e.Channel);
            };
            await using var listen = new NpgsqlCommand(_sql.Listen, connection);
            await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task RunAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await _connection!.WaitAsync(token).ConfigureAwait(false);
                await DeliverAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is NpgsqlException or IOException or InvalidOperationException)
            {
                try
                {
                    await ReconnectAsync(error, token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private async Task DeliverAsync(CancellationToken token)
    {
        foreach (var payload in _arrived)
        {
            if (!_channels.ContainsKey(payload.Channel)) continue;
            ReadOnlyMemory<byte> body = payload.Inline ? Convert.FromBase64String(payload.Body) : await ReadBodyAsync(payload.Id, token).ConfigureAwait(false);
            _receiver.OnMessage(payload.ToMessage(body));
        }

        _arrived.Clear();
    }

    private async Task<byte[]> ReadBodyAsync(long id, CancellationToken token)
    {
        await using var command = _dataSource.CreateCommand(_sql.Body);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return await command.ExecuteScalarAsync(token).ConfigureAwait(false) as byte[] ?? [];
    }

    private async Task ReconnectAsync(Exception error, CancellationToken token)
    {
        PostgresLog.ConnectionLost(_options.Logger, _options.ReconnectDelay.TotalMilliseconds, error);
        _receiver.OnConnectionLost(error);
        _arrived.Clear();
        if (_connection is not null) await _connection.DisposeAsync().ConfigureAwait(false);
        _connection = null;
        _dataSource.Clear();
        while (true)
        {
            await Task.Delay(_options.ReconnectDelay, token).ConfigureAwait(false);
            try
            {
                _connection = await OpenAsync(token).ConfigureAwait(false);
                break;
            }
            catch (Exception retry) when (retry is NpgsqlException or IOException)
            {
                // Still down: try again after the delay.
            }
        }

        PostgresLog.ConnectionRestored(_options.Logger);
        _receiver.OnConnectionRestored();
    }
}
