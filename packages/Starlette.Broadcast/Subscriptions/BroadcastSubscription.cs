using System.Threading.Channels;

namespace Starlette.Broadcast;

/// <summary>
/// One subscriber of a channel: enumerate it (once) to read the messages in publish order, dispose it to leave.
/// Messages wait in a bounded queue; when the subscriber falls behind by more than the queue holds, its
/// <see cref="SlowConsumerPolicy"/> applies. The enumeration ends when the subscription or the broadcast is disposed.
/// </summary>
public sealed partial class BroadcastSubscription : IAsyncEnumerable<BroadcastMessage>, IAsyncDisposable
{
    private readonly Broadcast _owner;
    private readonly Channel<BroadcastMessage> _queue;
    private IReadOnlyList<BroadcastMessage>? _replay;
    private string? _resumedAfter;
    private long _dropped;
    private int _gaps;
    private int _enumerated;
    private int _disposed;
    private volatile string? _lastMessageId;

    internal BroadcastSubscription(Broadcast owner, string channel, int capacity, SlowConsumerPolicy policy)
    {
        _owner = owner;
        Channel = channel;
        Capacity = capacity;
        Policy = policy;
        var options = new BoundedChannelOptions(capacity)
        {
            FullMode = policy == SlowConsumerPolicy.DropOldest ? BoundedChannelFullMode.DropOldest : BoundedChannelFullMode.Wait,
            SingleReader = true,
            AllowSynchronousContinuations = false,
        };
        _queue = policy == SlowConsumerPolicy.DropOldest
            ? System.Threading.Channels.Channel.CreateBounded<BroadcastMessage>(options, _ => Interlocked.Increment(ref _dropped))
            : System.Threading.Channels.Channel.CreateBounded<BroadcastMessage>(options);
    }

    /// <summary>The channel.</summary>
    public string Channel { get; }

    /// <summary>How many messages the queue holds.</summary>
    public int Capacity { get; }

    /// <summary>What happens when the queue is full.</summary>
    public SlowConsumerPolicy Policy { get; }

    /// <summary>How many messages were dropped because the subscriber fell behind (<see cref="SlowConsumerPolicy.DropOldest"/>).</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    /// <summary>How many gaps were reported: connection losses of the backend, or a resume the history could not fully serve.</summary>
    public int GapCount => Volatile.Read(ref _gaps);

    /// <summary>Whether messages may have been missed: some were dropped, or a gap was reported.</summary>
    public bool MayHaveMissedMessages => DroppedCount > 0 || GapCount > 0;

    /// <summary>The id of the last message the enumeration returned: resume after it (<see cref="BroadcastSubscriptionOptions.After"/>) to fill a gap.</summary>
    public string? LastMessageId => _lastMessageId;

    /// <summary>Raised when messages may have been missed: the backend connection was lost and has come back, or a resume could not be fully served.</summary>
    public event EventHandler<BroadcastGapEventArgs>? MessagesMayHaveBeenMissed;

    /// <summary>Reads the messages (replayed history first, then live), in order, until the subscription ends.</summary>
    /// <param name="cancellationToken">Stops waiting for the next message.</param>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The subscription is already being enumerated.</exception>
    public IAsyncEnumerator<BroadcastMessage> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) == 1) throw new InvalidOperationException("A broadcast subscription can be enumerated only once.");
        return ReadAsync(cancellationToken);
    }

    /// <summary>Leaves the channel; an enumeration in progress finishes after the messages already queued.</summary>
    /// <returns>A task that completes once left.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _queue.Writer.TryComplete();
        await _owner.RemoveAsync(this).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"Subscription to {Channel} (dropped {DroppedCount}, gaps {GapCount})";
}
