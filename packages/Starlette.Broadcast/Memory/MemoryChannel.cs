using System.Globalization;

namespace Starlette.Broadcast;

/// <summary>One channel of the memory backend: its sequence and history; publishing is serialized so ids and delivery agree on the order.</summary>
internal sealed class MemoryChannel
{
    private readonly Queue<BroadcastMessage> _history = new();
    private readonly Lock _gate = new();
    private long _sequence;

    public BroadcastMessage Publish(string channel, BroadcastPayload payload, int historyLength, IBroadcastReceiver receiver)
    {
        lock (_gate)
        {
            var message = payload.ToMessage(channel, (++_sequence).ToString(CultureInfo.InvariantCulture));
            if (historyLength > 0)
            {
                if (_history.Count == historyLength) _history.Dequeue();
                _history.Enqueue(message);
            }

            receiver.OnMessage(message);
            return message;
        }
    }

    public BroadcastHistory Read(long? after, int limit)
    {
        lock (_gate)
        {
            var oldest = _sequence - _history.Count + 1; // the id of the oldest message still held
            var skip = after is { } id ? (int)Math.Clamp(id - oldest + 1, 0, _history.Count) : Math.Max(0, _history.Count - limit);
            var available = _history.Count - skip;
            var messages = _history.Skip(skip).Take(limit).ToArray();
            var incomplete = (after is { } from && from + 1 < oldest && from < _sequence) || (after is not null && available > limit);
            return new BroadcastHistory(messages, incomplete);
        }
    }
}
