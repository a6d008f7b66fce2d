using System.Globalization;
using System.Text;
using StackExchange.Redis;

namespace Starlette.Broadcast.Redis.Internal;

/// <summary>
/// How a message travels. Publishing runs one script: <c>XADD</c> to the channel's stream (the id and the history),
/// then <c>PUBLISH</c> of <c>kind id '\n' body</c> (kind <c>t</c> text, <c>b</c> bytes), so the stream order and the
/// pub/sub order are the same and every live message carries its stream id.
/// </summary>
internal static class RedisWire
{
    public const string PublishScript = """
        local id
        if ARGV[1] == '0' then
          id = redis.call('XADD', KEYS[1], 'MAXLEN', '0', '*', 'k', ARGV[2], 'd', ARGV[3])
        else
          id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'k', ARGV[2], 'd', ARGV[3])
        end
        redis.call('PUBLISH', ARGV[4], ARGV[2] .. id .. '\n' .. ARGV[3])
        return id
        """;


    public static BroadcastMessage? Decode(string channel, byte[] payload)
    {
        var newline = Array.IndexOf(payload, (byte)'\n');
        if (payload.Length < 2 || newline < 2 || payload[0] is not ((byte)'t' or (byte)'b')) return null;
        var id = Encoding.ASCII.GetString(payload, 1, newline - 1);
        var body = payload.AsMemory(newline + 1);
        return payload[0] == (byte)'t' ? BroadcastMessage.FromUtf8Text(channel, id, body) : BroadcastMessage.FromBytes(channel, id, body);
    }

    public static BroadcastMessage FromEntry(string channel, StreamEntry entry)
    {
        var kind = entry["k"];
        var body = (byte[])entry["d"]!;
        return kind == "t" ? BroadcastMessage.FromUtf8Text(channel, entry.Id!, body) : BroadcastMessage.FromBytes(channel, entry.Id!, body);
    }

    /// <summary>Parses a stream id (<c>ms-seq</c>, or <c>ms</c>); false for anything else.</summary>
    public static bool TryParseId(string? id, out (ulong Time, ulong Sequence) parsed)
    {
        parsed = default;
        if (string.IsNullOrEmpty(id)) return false;
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        var time = dash < 0 ? id : id[..dash];
        var sequence = dash < 0 ? "0" : id[(dash + 1)..];
        if (!ulong.TryParse(time, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            || !ulong.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var s)) return false;
        parsed = (t, s);
        return true;
    }
}
