using Starlette.Broadcast.Internal;

namespace Starlette.Broadcast;

public sealed partial class BroadcastSubscription
{
    internal void Enqueue(BroadcastMessage message)
    {
        if (_queue.Writer.TryWrite(message) || Volatile.Read(ref _disposed) == 1) return;
        // EndSubscription (DropOldest never refuses a write): end it, and leave the channel.
        if (!_queue.Writer.TryComplete(new SlowConsumerException(
            $"The subscriber of '{Channel}' fell more than {Capacity} messages behind, and the slow-consumer policy ends its subscription."))) return;
        BroadcastLog.SlowConsumerEnded(_owner.Options.Logger, Channel, Capacity);
        _ = DisposeAsync().AsTask();
    }

    internal void Complete(Exception? error) => _queue.Writer.TryComplete(error);

    internal void SetReplay(IReadOnlyList<BroadcastMessage> messages) => _replay = messages;

    internal void ReportGap(BroadcastGapEventArgs gap)
    {
        Interlocked.Increment(ref _gaps);
        try
        {
            MessagesMayHaveBeenMissed?.Invoke(this, gap);
        }
        catch (Exception error)
        {
            BroadcastLog.GapHandlerFailed(_owner.Options.Logger, error);
        }
    }

    private async IAsyncEnumerator<BroadcastMessage> ReadAsync(CancellationToken cancellationToken)
    {
        // Live messages queued while the history was read may repeat its last entries: skip those, once.
        HashSet<string>? replayed = null;
        if (_replay is { Count: > 0 } history)
        {
            replayed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var message in history)
            {
                replayed.Add(message.Id);
                _lastMessageId = message.Id;
                yield return message;
            }
        }

        _replay = null;
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var message))
            {
                if (replayed is not null)
                {
                    if (replayed.Contains(message.Id)) continue;
                    replayed = null;
                }

                _lastMessageId = message.Id;
                yield return message;
            }
        }
    }
}
