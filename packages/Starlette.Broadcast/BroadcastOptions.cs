using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Starlette.Broadcast;

/// <summary>How a <see cref="Broadcast"/> queues messages for its subscribers, and where it logs.</summary>
public sealed class BroadcastOptions
{
    /// <summary>
    /// How many messages each subscriber's queue holds before <see cref="SlowConsumerPolicy"/> applies; default 1,024.
    /// One stuck client costs at most this many messages of memory.
    /// </summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>What happens when a subscriber's queue is full; default <see cref="SlowConsumerPolicy.DropOldest"/>.</summary>
    public SlowConsumerPolicy SlowConsumerPolicy { get; set; } = SlowConsumerPolicy.DropOldest;

    /// <summary>The most history messages a subscription replays when it resumes; default 1,000.</summary>
    public int MaxReplay { get; set; } = 1000;

    /// <summary>Where connection losses, restorations and slow consumers are logged; default nowhere.</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;
}
