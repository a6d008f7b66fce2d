using System.Globalization;
using Npgsql;

namespace Starlette.Broadcast.Postgres;

public sealed partial class PostgresBroadcastBackend
{
    /// <inheritdoc />
    /// <remarks>It may be incomplete when trimming removed rows after the requested id, or more rows follow than the limit.</remarks>
    public async ValueTask<BroadcastHistory> ReadHistoryAsync(string channel, BroadcastHistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        long after = 0;
        if (query.After is { } id && !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out after))
            throw new ArgumentException($"'{id}' is not a message id of the PostgreSQL backend (a row id).", nameof(query));
        try
        {
            var messages = new List<BroadcastMessage>();
            await using (var command = _dataSource.CreateCommand(query.After is null ? _sql.Last : _sql.After))
            {
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = channel });
                if (query.After is not null) command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = query.After is null ? query.Limit : query.Limit + 1 });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var rowId = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
                    var data = reader.GetFieldValue<byte[]>(2);
                    messages.Add(reader.GetBoolean(1) ? BroadcastMessage.FromUtf8Text(channel, rowId, data) : BroadcastMessage.FromBytes(channel, rowId, data));
                }
            }

            if (query.After is null) return new BroadcastHistory(messages, false);
            var incomplete = messages.Count > query.Limit;
            if (incomplete) messages.RemoveAt(messages.Count - 1);
            await using (var trimmed = _dataSource.CreateCommand(_sql.TrimmedTo))
            {
                trimmed.Parameters.Add(new NpgsqlParameter<string> { TypedValue = channel });
                incomplete |= await trimmed.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long to && to > after;
            }

            return new BroadcastHistory(messages, incomplete);
        }
        catch (NpgsqlException error)
        {
            throw Unavailable($"could not read the history of '{channel}'", error);
        }
    }
}
