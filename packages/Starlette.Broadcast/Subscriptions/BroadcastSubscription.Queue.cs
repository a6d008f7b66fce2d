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

    /// <summary>The history replayed before live messages, and the resume point: live messages published at or
    /// before it (delivered late) are dropped where the backend orders its ids.</summary>
    internal void SetReplay(IReadOnlyList<BroadcastMessage> messages, string? after)
    {
        _replay = messages;
        _resumedAfter = messages.Count > 0 ? messages[^1].Id : after;
    }

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
                if (IsBeforeResumePoint(message)) continue;
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

    /// <summary>Whether a live message precedes the resume point (a late delivery of a message already replayed or
    /// older than the point). Delivery is in order, so the check ends at the first message after the point.</summary>
    private bool IsBeforeResumePoint(BroadcastMessage message)
    {
        if (_resumedAfter is not { } point) return false;
        if (_owner.Backend.CompareIds(message.Id, point) is <= 0) return true;
        _resumedAfter = null;
        return false;
    }
}
