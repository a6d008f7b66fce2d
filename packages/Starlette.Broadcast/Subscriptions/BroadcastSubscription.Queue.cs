using Starlette.Broadcast.Internal;

namespace Starlette.Broadcast;

public sealed partial class BroadcastSubscription
{
    internal void Enqueue(BroadcastMessage message)
    {
        if (queue.Writer.TryWrite(message) || Volatile.Read(ref disposed) == 1) return;
        // EndSubscription (DropOldest never refuses a write): end it, and leave the channel.
        if (!queue.Writer.TryComplete(new SlowConsumerException(
            $"The subscriber of '{Channel}' fell more than {Capacity} messages behind, and the slow-consumer policy ends its subscription."))) return;
        BroadcastLog.SlowConsumerEnded(owner.Options.Logger, Channel, Capacity);
        _ = DisposeAsync().AsTask();
    }

    internal void Complete(Exception? error) => queue.Writer.TryComplete(error);

    internal void SetReplay(IReadOnlyList<BroadcastMessage> messages) => replay = messages;

    internal void ReportGap(BroadcastGapEventArgs gap)
    {
        Interlocked.Increment(ref gaps);
        try
        {
            MessagesMayHaveBeenMissed?.Invoke(this, gap);
        }
        catch (Exception error)
        {
            BroadcastLog.GapHandlerFailed(owner.Options.Logger, error);
        }
    }

    private async IAsyncEnumerator<BroadcastMessage> ReadAsync(CancellationToken cancellationToken)
    {
        // Live messages queued while the history was read may repeat its last entries: skip those, once.
        HashSet<string>? replayed = null;
        if (replay is { Count: > 0 } history)
        {
            replayed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var message in history)
            {
                replayed.Add(message.Id);
                lastMessageId = message.Id;
                yield return message;
            }
        }

        replay = null;
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var message))
            {
                if (replayed is not null)
                {
                    if (replayed.Contains(message.Id)) continue;
                    replayed = null;
                }

                lastMessageId = message.Id;
                yield return message;
            }
        }
    }
}
