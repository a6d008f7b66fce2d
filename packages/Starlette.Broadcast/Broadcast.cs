using Starlette.Broadcast.Internal;

namespace Starlette.Broadcast;

/// <summary>
/// Publish/subscribe on named channels, across every instance that shares the backend. Connect it once (in the
/// lifespan's startup), dispose it at shutdown; publish from anywhere; each subscriber reads its own bounded queue.
/// </summary>
/// <example>
/// <code>
/// await using var broadcast = new Broadcast();                 // in-memory: one instance
/// await broadcast.ConnectAsync();
/// await using var subscription = await broadcast.SubscribeAsync("chat");
/// await broadcast.PublishAsync("chat", "hello");
/// await foreach (var message in subscription) Console.WriteLine(message.Text);
/// </code>
/// </example>
public sealed partial class Broadcast : IAsyncDisposable
{
    private readonly ChannelRegistry _registry = new();
    private readonly Receiver _receiver;
    private int _state; // 0 created, 1 connecting or connected, 2 disposed
    private volatile bool _connected;

    /// <summary>A broadcast on the in-memory backend (one process).</summary>
    /// <param name="options">Queue and logging options.</param>
    public Broadcast(BroadcastOptions? options = null)
        : this(new MemoryBroadcastBackend(), options)
    {
    }

    /// <summary>A broadcast on the given backend.</summary>
    /// <param name="backend">The backend; the broadcast disposes it.</param>
    /// <param name="options">Queue and logging options.</param>
    public Broadcast(IBroadcastBackend backend, BroadcastOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        Options = options ?? new BroadcastOptions();
        ThrowHelper.ThrowIfBadCapacity(Options.QueueCapacity, nameof(options));
        Backend = backend;
        _receiver = new Receiver(this);
    }

    /// <summary>The options.</summary>
    public BroadcastOptions Options { get; }

    /// <summary>The backend.</summary>
    public IBroadcastBackend Backend { get; }

    /// <summary>Whether the broadcast is connected and the backend reachable (false between a connection loss and its return).</summary>
    public bool IsConnected => _connected && Volatile.Read(ref _state) == 1;

    /// <summary>
    /// Raised when the backend connection comes back after a loss: messages published meanwhile may have been
    /// missed on every channel. Each subscription raises its own event too.
    /// </summary>
    public event EventHandler<BroadcastGapEventArgs>? MessagesMayHaveBeenMissed;

    /// <summary>Connects the backend.</summary>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>A task that completes once connected.</returns>
    /// <exception cref="BroadcastUnavailableException">The backend cannot be reached.</exception>
    public async ValueTask ConnectAsync(CancellationToken cancellationToken = default)
    {
        var previous = Interlocked.CompareExchange(ref _state, 1, 0);
        if (previous == 2) ThrowHelper.Disposed();
        if (previous == 1) throw new InvalidOperationException("The broadcast is already connected.");
        try
        {
            await Backend.ConnectAsync(_receiver, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Volatile.Write(ref _state, 0);
            throw;
        }

        _connected = true;
    }

    /// <summary>Ends every subscription (their enumerations finish normally) and disposes the backend.</summary>
    /// <returns>A task that completes once done.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _state, 2) == 2) return;
        _connected = false;
        foreach (var subscription in _registry.RemoveAll()) subscription.Complete(null);
        await Backend.DisposeAsync().ConfigureAwait(false);
    }

    private void EnsureConnected()
    {
        var current = Volatile.Read(ref _state);
        if (current == 2) ThrowHelper.Disposed();
        if (current == 0) ThrowHelper.NotConnected();
    }
}
