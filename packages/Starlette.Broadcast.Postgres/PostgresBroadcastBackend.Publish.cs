using System.Globalization;
using System.Text;
using Npgsql;
using Starlette.Broadcast.Postgres.Internal;

namespace Starlette.Broadcast.Postgres;

public sealed partial class PostgresBroadcastBackend
{
    /// <inheritdoc />
    /// <remarks>One statement inserts the history row and sends the NOTIFY, so both happen at commit, or neither.</remarks>
    public async ValueTask<string> PublishAsync(string channel, BroadcastPayload payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        if (_listener is null) throw new BroadcastUnavailableException("The PostgreSQL backend is not connected: call the broadcast's ConnectAsync first.");
        var body = payload.GetBytes();
        var inline = Convert.ToBase64String(body.Span);
        var fits = inline.Length + Encoding.UTF8.GetByteCount(channel) + 40 <= NotificationPayload.MaxInline;
        var kind = (payload.IsText, fits) switch { (true, true) => "t", (false, true) => "b", (true, false) => "T", _ => "B" };
        long id;
        try
        {
            await using var command = _dataSource.CreateCommand(_sql.Publish);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = channel });
            command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = payload.IsText });
            command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = body });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _options.NotifyChannel });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = channel.Length.ToString(CultureInfo.InvariantCulture) });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = fits ? inline : "" });
            id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
        catch (NpgsqlException error)
        {
            throw Unavailable($"the message to '{channel}' was not published", error);
        }

        if (Interlocked.Increment(ref _published) % 100 == 0) await TrimAsync(channel, cancellationToken).ConfigureAwait(false);
        return id.ToString(CultureInfo.InvariantCulture);
    }

    // Keeps about HistoryLength rows of the channel; a failure only delays trimming to a later publish.
    private async Task TrimAsync(string channel, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _dataSource.CreateCommand(_sql.Trim);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = channel });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = _options.HistoryLength });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            _dataSource.Clear();
        }
    }
}
