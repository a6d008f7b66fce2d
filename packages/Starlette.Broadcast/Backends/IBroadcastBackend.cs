namespace Starlette.Broadcast;

/// <summary>
/// The engine under a <see cref="Broadcast"/>: it gives each published message an id, fans messages out to every
/// instance subscribed to its channel, and (where it can) keeps a history. A backend delivers to one receiver, the
/// broadcast that connected it, which fans out to local subscribers. Implementations: <see cref="MemoryBroadcastBackend"/>
/// here, Redis and PostgreSQL in their own packages.
/// </summary>
public interface IBroadcastBackend : IAsyncDisposable
{
    /// <summary>Whether <see cref="ReadHistoryAsync"/> is supported.</summary>
    bool SupportsHistory { get; }

    /// <summary>Connects; from then on messages of subscribed channels go to <paramref name="receiver"/>.</summary>
    /// <param name="receiver">Where messages and connection changes are reported.</param>
    /// <param name="cancellationToken">Cancels the connection attempt.</param>
    /// <returns>A task that completes once connected.</returns>
    /// <exception cref="BroadcastUnavailableException">The backend cannot be reached.</exception>
    ValueTask ConnectAsync(IBroadcastReceiver receiver, CancellationToken cancellationToken);

    /// <summary>Publishes a message to every instance subscribed to <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="payload">The body.</param>
    /// <param name="cancellationToken">Cancels the publish (it may still have reached the backend).</param>
    /// <returns>The id given to the message.</returns>
    /// <exception cref="BroadcastUnavailableException">The backend cannot be reached: the message was not published.</exception>
    ValueTask<string> PublishAsync(string channel, BroadcastPayload payload, CancellationToken cancellationToken);

    /// <summary>Starts delivering the channel's messages to the receiver (called for a channel's first local subscriber).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once messages published from now on will be delivered.</returns>
    ValueTask SubscribeAsync(string channel, CancellationToken cancellationToken);

    /// <summary>Stops delivering the channel's messages (called when its last local subscriber leaves).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once done.</returns>
    ValueTask UnsubscribeAsync(string channel, CancellationToken cancellationToken);

    /// <summary>Reads the channel's history, oldest first.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="query">The last N messages, or those after an id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The messages, and whether some may be missing (trimmed from the history).</returns>
    /// <exception cref="NotSupportedException">The backend keeps no history.</exception>
    /// <exception cref="ArgumentException">The id is not one this backend gives.</exception>
    ValueTask<BroadcastHistory> ReadHistoryAsync(string channel, BroadcastHistoryQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Orders two ids this backend gave, when its ids are ordered: used on resume to drop a live message that was
    /// published before the resume point but delivered late (after the subscription was registered).
    /// </summary>
    /// <param name="x">An id.</param>
    /// <param name="y">Another id.</param>
    /// <returns>Negative when <paramref name="x"/> comes first, zero when equal, positive when it comes later;
    /// <see langword="null"/> when the ids are not ordered or either one is not this backend's (the default).</returns>
    int? CompareIds(string x, string y) => null;
}
