using System.Globalization;

namespace Starlette.Broadcast;

/// <summary>One channel of the memory backend: its sequence and history; publishing is serialized so ids and delivery agree on the order.</summary>
internal sealed class MemoryChannel
{
    private readonly Queue<BroadcastMessage> history = new();
    private readonly Lock gate = new();
    private long sequence;

    public BroadcastMessage Publish(string channel, BroadcastPayload payload, int historyLength, IBroadcastReceiver receiver)
    {
        lock (gate)
        {
            var message = payload.ToMessage(channel, (++sequence).ToString(CultureInfo.InvariantCulture));
            if (historyLength > 0)
            {
                if (history.Count == historyLength) history.Dequeue();
                history.Enqueue(message);
            }

            receiver.OnMessage(message);
            return message;
        }
    }

    public BroadcastHistory Read(long? after, int limit)
    {
        lock (gate)
        {
            var oldest = sequence - history.Count + 1; // the id of the oldest message still held
            var skip = after is { } id ? (int)Math.Clamp(id - oldest + 1, 0, history.Count) : Math.Max(0, history.Count - limit);
            var available = history.Count - skip;
            var messages = history.Skip(skip).Take(limit).ToArray();
            var incomplete = (after is { } from && from + 1 < oldest && from < sequence) || (after is not null && available > limit);
            return new BroadcastHistory(messages, incomplete);
        }
    }
}
