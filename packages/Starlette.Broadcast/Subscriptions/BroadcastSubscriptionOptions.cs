namespace Starlette.Broadcast;

/// <summary>
/// Where a subscription starts (live only, after a message id, or with the last N messages) and its queue, when it
/// differs from the <see cref="BroadcastOptions"/>. Replaying history needs a backend that keeps one.
/// </summary>
public sealed class BroadcastSubscriptionOptions
{
    /// <summary>
    /// Replay the messages published after this id (for example an SSE client's <c>Last-Event-ID</c>), then go live;
    /// <see langword="null"/> for none.
    /// </summary>
    public string? After { get; set; }

    /// <summary>Replay the last this many messages, then go live (ignored when <see cref="After"/> is set); default none.</summary>
    public int Last { get; set; }

    /// <summary>This subscriber's queue capacity; default <see cref="BroadcastOptions.QueueCapacity"/>.</summary>
    public int? QueueCapacity { get; set; }

    /// <summary>This subscriber's slow-consumer policy; default <see cref="BroadcastOptions.SlowConsumerPolicy"/>.</summary>
    public SlowConsumerPolicy? SlowConsumerPolicy { get; set; }
}
