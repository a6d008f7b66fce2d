using Starlette.Broadcast.Redis.Internal;

namespace Starlette.Broadcast.Redis;

public sealed partial class RedisBroadcastBackend
{
    /// <inheritdoc />
    /// <remarks>Ids are Redis stream entry ids (<c>milliseconds-sequence</c>), in stream order.</remarks>
    public int? CompareIds(string x, string y) =>
        RedisWire.TryParseId(x, out var a) && RedisWire.TryParseId(y, out var b) ? a.CompareTo(b) : null;
}
