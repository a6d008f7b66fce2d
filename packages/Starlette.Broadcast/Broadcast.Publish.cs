using Starlette.Broadcast.Internal;

namespace Starlette.Broadcast;

public sealed partial class Broadcast
{
    /// <summary>Publishes a text message.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the publish (it may still have reached the backend).</param>
    /// <returns>The message id.</returns>
    /// <exception cref="BroadcastUnavailableException">Not connected, or the backend is down: the message was not published.</exception>
    public ValueTask<string> PublishAsync(string channel, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PublishAsync(channel, BroadcastPayload.FromText(text), cancellationToken);
    }

    /// <summary>Publishes a bytes message (the bytes are copied).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="bytes">The bytes.</param>
    /// <param name="cancellationToken">Cancels the publish (it may still have reached the backend).</param>
    /// <returns>The message id.</returns>
    /// <exception cref="BroadcastUnavailableException">Not connected, or the backend is down: the message was not published.</exception>
    public ValueTask<string> PublishAsync(string channel, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
        PublishAsync(channel, BroadcastPayload.FromBytes(bytes), cancellationToken);

    /// <summary>Publishes a message.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="payload">The body.</param>
    /// <param name="cancellationToken">Cancels the publish (it may still have reached the backend).</param>
    /// <returns>The message id.</returns>
    /// <exception cref="BroadcastUnavailableException">Not connected, or the backend is down: the message was not published.</exception>
    public ValueTask<string> PublishAsync(string channel, BroadcastPayload payload, CancellationToken cancellationToken = default)
    {
        ThrowHelper.ThrowIfBadChannel(channel);
        EnsureConnected();
        return Backend.PublishAsync(channel, payload, cancellationToken);
    }

    /// <summary>Reads a channel's history, oldest first.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="query">The last N messages, or those after an id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The messages, and whether some may be missing.</returns>
    /// <exception cref="NotSupportedException">The backend keeps no history.</exception>
    /// <exception cref="ArgumentException">The id is not one this backend gives.</exception>
    public ValueTask<BroadcastHistory> GetHistoryAsync(string channel, BroadcastHistoryQuery query, CancellationToken cancellationToken = default)
    {
        ThrowHelper.ThrowIfBadChannel(channel);
        if (query.Limit < 0) throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "The history limit cannot be negative.");
        EnsureConnected();
        if (!Backend.SupportsHistory) ThrowHelper.NoHistory(Backend);
        return Backend.ReadHistoryAsync(channel, query, cancellationToken);
    }
}
