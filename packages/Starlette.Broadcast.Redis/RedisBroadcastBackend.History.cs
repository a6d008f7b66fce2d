using StackExchange.Redis;
using Starlette.Broadcast.Redis.Internal;

namespace Starlette.Broadcast.Redis;

public sealed partial class RedisBroadcastBackend
{
    /// <inheritdoc />
    /// <remarks>
    /// After an id: <c>XRANGE (id +</c>; it may be incomplete when the stream has been trimmed past that id
    /// (<c>XINFO STREAM</c>'s <c>max-deleted-entry-id</c>) or more messages follow than <see cref="BroadcastHistoryQuery.Limit"/>.
    /// Last N: <c>XREVRANGE + - COUNT N</c>.
    /// </remarks>
    public async ValueTask<BroadcastHistory> ReadHistoryAsync(string channel, BroadcastHistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        (ulong, ulong) after = default;
        if (query.After is { } id && !RedisWire.TryParseId(id, out after))
            throw new ArgumentException($"'{id}' is not a message id of the Redis backend (a stream id such as 1700000000000-0).", nameof(query));
        var (server, _) = Connected();
        var database = server.GetDatabase();
        RedisKey key = _options.KeyPrefix + channel;
        try
        {
            if (query.After is null)
            {
                var last = await database.StreamRangeAsync(key, "-", "+", query.Limit, Order.Descending).WaitAsync(cancellationToken).ConfigureAwait(false);
                var messages = new BroadcastMessage[last.Length];
                for (var i = 0; i < last.Length; i++) messages[i] = RedisWire.FromEntry(channel, last[last.Length - 1 - i]);
                return new BroadcastHistory(messages, false);
            }

            var entries = await database.StreamRangeAsync(key, "(" + query.After, "+", query.Limit + 1).WaitAsync(cancellationToken).ConfigureAwait(false);
            var count = Math.Min(entries.Length, query.Limit);
            var result = new BroadcastMessage[count];
            for (var i = 0; i < count; i++) result[i] = RedisWire.FromEntry(channel, entries[i]);
            var incomplete = entries.Length > query.Limit || await TrimmedPastAsync(database, key, after).ConfigureAwait(false);
            return new BroadcastHistory(result, incomplete);
        }
        catch (RedisConnectionException error)
        {
            throw Unavailable("read the history of", channel, error);
        }
    }

    // Whether entries after the id may be gone. XDEL moves max-deleted-entry-id; trimming (XADD MAXLEN) does not, so
    // once entries were removed (more added than kept), a resume id older than the first entry kept (or than the last
    // generated one, when none is kept) may have lost what came after it. Conservative: "may be incomplete".
    private static async Task<bool> TrimmedPastAsync(IDatabase database, RedisKey key, (ulong, ulong) after)
    {
        if (!await database.KeyExistsAsync(key).ConfigureAwait(false)) return false;
        var info = await database.StreamInfoAsync(key).ConfigureAwait(false);
        if (RedisWire.TryParseId(info.MaxDeletedEntryId.ToString(), out var deleted) && deleted.CompareTo(after) > 0) return true;
        if (info.EntriesAdded > 0 && info.EntriesAdded <= info.Length) return false;   // nothing ever removed (Redis 7 counts)
        var firstKept = info.Length > 0 ? info.FirstEntry.Id.ToString() : info.LastGeneratedId.ToString();
        return RedisWire.TryParseId(firstKept, out var first) && first.CompareTo(after) > 0;
    }
}
