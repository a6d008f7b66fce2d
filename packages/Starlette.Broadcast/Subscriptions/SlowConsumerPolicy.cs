namespace Starlette.Broadcast;

/// <summary>What happens when a subscriber's queue is full and another message arrives.</summary>
public enum SlowConsumerPolicy
{
    /// <summary>
    /// The oldest queued message is dropped to make room (the default): the subscriber keeps up with the newest
    /// messages, <see cref="BroadcastSubscription.DroppedCount"/> counts what it lost.
    /// </summary>
    DropOldest,

    /// <summary>
    /// The subscription ends: the subscriber receives what is queued, then a <see cref="SlowConsumerException"/>
    /// (a client that cannot keep up is disconnected rather than silently served a partial stream).
    /// </summary>
    EndSubscription,
}
