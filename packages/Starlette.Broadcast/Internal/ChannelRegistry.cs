using System.Collections.Concurrent;

namespace Starlette.Broadcast.Internal;

/// <summary>
/// The local subscribers of each channel. Delivery reads an immutable array without locking; subscribing and
/// leaving swap the array under one gate, which also orders the backend's subscribe/unsubscribe calls (a channel is
/// subscribed at the backend while it has at least one local subscriber).
/// </summary>
internal sealed class ChannelRegistry
{
    private readonly ConcurrentDictionary<string, BroadcastSubscription[]> _channels = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public BroadcastSubscription[] Get(string channel) => _channels.TryGetValue(channel, out var subscribers) ? subscribers : [];

    public List<BroadcastSubscription> All()
    {
        var all = new List<BroadcastSubscription>();
        foreach (var (_, subscribers) in _channels) all.AddRange(subscribers);
        return all;
    }

    public async ValueTask AddAsync(BroadcastSubscription subscription, IBroadcastBackend backend, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_channels.TryGetValue(subscription.Channel, out var current))
            {
                await backend.SubscribeAsync(subscription.Channel, cancellationToken).ConfigureAwait(false);
                current = [];
            }

            _channels[subscription.Channel] = [.. current, subscription];
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask RemoveAsync(BroadcastSubscription subscription, Broadcast owner)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_channels.TryGetValue(subscription.Channel, out var current)) return;
            var index = Array.IndexOf(current, subscription);
            if (index < 0) return;
            if (current.Length > 1)
            {
                _channels[subscription.Channel] = [.. current.AsSpan(0, index), .. current.AsSpan(index + 1)];
                return;
            }

            _channels.TryRemove(subscription.Channel, out _);
            try
            {
                await owner.Backend.UnsubscribeAsync(subscription.Channel, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                BroadcastLog.UnsubscribeFailed(owner.Options.Logger, subscription.Channel, error);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public List<BroadcastSubscription> RemoveAll()
    {
        var all = All();
        _channels.Clear();
        return all;
    }
}
