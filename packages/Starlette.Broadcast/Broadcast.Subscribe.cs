using Starlette.Broadcast.Internal;

namespace Starlette.Broadcast;

public sealed partial class Broadcast
{
    /// <summary>
    /// Subscribes to a channel: messages published from now on are queued for this subscriber until it reads them
    /// (enumerate the subscription) or disposes it. With <see cref="BroadcastSubscriptionOptions.After"/> or
    /// <see cref="BroadcastSubscriptionOptions.Last"/>, history is replayed first, without duplicates or holes
    /// against the live messages.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="options">Where to start, and the queue; default live only, the broadcast's queue.</param>
    /// <param name="cancellationToken">Cancels the subscribe.</param>
    /// <returns>The subscription; dispose it to leave.</returns>
    /// <exception cref="BroadcastUnavailableException">Not connected, or the backend is down.</exception>
    /// <exception cref="NotSupportedException">History was asked for and the backend keeps none.</exception>
    public async ValueTask<BroadcastSubscription> SubscribeAsync(string channel, BroadcastSubscriptionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ThrowHelper.ThrowIfBadChannel(channel);
        EnsureConnected();
        var capacity = options?.QueueCapacity ?? Options.QueueCapacity;
        ThrowHelper.ThrowIfBadCapacity(capacity, nameof(options));
        if (options?.Last < 0) throw new ArgumentOutOfRangeException(nameof(options), options.Last, "Last cannot be negative.");
        var query = options switch
        {
            { After: { } after } => BroadcastHistoryQuery.AfterId(after, Options.MaxReplay),
            { Last: > 0 } => BroadcastHistoryQuery.Last(Math.Min(options.Last, Options.MaxReplay)),
            _ => (BroadcastHistoryQuery?)null,
        };
        if (query is not null && !Backend.SupportsHistory) ThrowHelper.NoHistory(Backend);

        var subscription = new BroadcastSubscription(this, channel, capacity, options?.SlowConsumerPolicy ?? Options.SlowConsumerPolicy);
        await _registry.AddAsync(subscription, Backend, cancellationToken).ConfigureAwait(false);
        if (query is { } history)
        {
            try
            {
                var replay = await Backend.ReadHistoryAsync(channel, history, cancellationToken).ConfigureAwait(false);
                subscription.SetReplay(replay.Messages, history.After);
                if (replay.MayBeIncomplete && history.After is { } after)
                {
                    BroadcastLog.HistoryIncomplete(Options.Logger, channel, after);
                    var now = DateTimeOffset.UtcNow;
                    subscription.ReportGap(new BroadcastGapEventArgs(channel, BroadcastGapReason.HistoryIncomplete, now, now));
                }
            }
            catch
            {
                await subscription.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        return subscription;
    }

    internal ValueTask RemoveAsync(BroadcastSubscription subscription) => _registry.RemoveAsync(subscription, this);

    private sealed class Receiver(Broadcast owner) : IBroadcastReceiver
    {
        private DateTimeOffset _lostAt = DateTimeOffset.UtcNow;

        public void OnMessage(BroadcastMessage message)
        {
            ArgumentNullException.ThrowIfNull(message);
            foreach (var subscription in owner._registry.Get(message.Channel)) subscription.Enqueue(message);
        }

        public void OnConnectionLost(Exception? error)
        {
            if (!owner._connected) return;
            owner._connected = false;
            _lostAt = DateTimeOffset.UtcNow;
            BroadcastLog.ConnectionLost(owner.Options.Logger, error);
        }

        public void OnConnectionRestored()
        {
            var since = owner._connected ? DateTimeOffset.UtcNow : _lostAt;
            owner._connected = true;
            var now = DateTimeOffset.UtcNow;
            var subscriptions = owner._registry.All();
            BroadcastLog.ConnectionRestored(owner.Options.Logger, (now - since).TotalSeconds, subscriptions.Count);
            foreach (var subscription in subscriptions)
                subscription.ReportGap(new BroadcastGapEventArgs(subscription.Channel, BroadcastGapReason.ConnectionLost, since, now));
            owner.RaiseGap(new BroadcastGapEventArgs(null, BroadcastGapReason.ConnectionLost, since, now));
        }
    }

    private void RaiseGap(BroadcastGapEventArgs gap)
    {
        try
        {
            MessagesMayHaveBeenMissed?.Invoke(this, gap);
        }
        catch (Exception error)
        {
            BroadcastLog.GapHandlerFailed(Options.Logger, error);
        }
    }
}
