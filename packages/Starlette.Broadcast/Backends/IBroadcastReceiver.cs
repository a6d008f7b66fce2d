namespace Starlette.Broadcast;

/// <summary>What a backend reports to the <see cref="Broadcast"/> that connected it. Calls must not block.</summary>
public interface IBroadcastReceiver
{
    /// <summary>A message on a subscribed channel; a backend delivers a channel's messages one at a time, in order.</summary>
    /// <param name="message">The message.</param>
    void OnMessage(BroadcastMessage message);

    /// <summary>The connection to the backend was lost: messages published meanwhile may never arrive.</summary>
    /// <param name="error">Why, when known.</param>
    void OnConnectionLost(Exception? error);

    /// <summary>The connection is back and the subscriptions are restored; messages published while it was down may have been missed.</summary>
    void OnConnectionRestored();
}
