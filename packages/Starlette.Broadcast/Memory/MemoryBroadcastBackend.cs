using System.Collections.Concurrent;
using System.Globalization;
using Starlette.Broadcast.Internal;

namespace Starlette.Broadcast;

/// <summary>
/// The in-process backend, the default: fan-out within one process, ids that count up per channel from 1, and a
/// history of the last <see cref="HistoryLength"/> messages of each channel. It is never down once connected.
/// </summary>
public sealed class MemoryBroadcastBackend : IBroadcastBackend
{
    private readonly ConcurrentDictionary<string, MemoryChannel> _channels = new(StringComparer.Ordinal);
    private IBroadcastReceiver? _receiver;

    /// <summary>Creates the backend.</summary>
    /// <param name="historyLength">How many messages of each channel the history keeps; default 1,000, 0 for none.</param>
    public MemoryBroadcastBackend(int historyLength = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(historyLength);
        HistoryLength = historyLength;
    }

    /// <summary>How many messages of each channel the history keeps.</summary>
    public int HistoryLength { get; }

    /// <inheritdoc />
    public bool SupportsHistory => true;

    /// <inheritdoc />
    public ValueTask ConnectAsync(IBroadcastReceiver receiver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        if (Interlocked.CompareExchange(ref _receiver, receiver, null) is not null)
            throw new InvalidOperationException("The memory backend is already connected to a broadcast.");
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<string> PublishAsync(string channel, BroadcastPayload payload, CancellationToken cancellationToken)
    {
        ThrowHelper.ThrowIfBadChannel(channel);
        var target = _receiver;
        if (target is null) ThrowHelper.NotConnected();
        var state = _channels.GetOrAdd(channel, static _ => new MemoryChannel());
        return ValueTask.FromResult(state.Publish(channel, payload, HistoryLength, target).Id);
    }

    /// <inheritdoc />
    public ValueTask SubscribeAsync(string channel, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask UnsubscribeAsync(string channel, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask<BroadcastHistory> ReadHistoryAsync(string channel, BroadcastHistoryQuery query, CancellationToken cancellationToken)
    {
        ThrowHelper.ThrowIfBadChannel(channel);
        long? after = null;
        if (query.After is { } id)
        {
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                throw new ArgumentException($"'{id}' is not a message id of the memory backend (a sequence number).", nameof(query));
            after = parsed;
        }

        var result = _channels.TryGetValue(channel, out var state) ? state.Read(after, query.Limit) : new BroadcastHistory([], false);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _receiver = null;
        _channels.Clear();
        return ValueTask.CompletedTask;
    }
}
