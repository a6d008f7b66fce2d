using Microsoft.Extensions.Logging;

namespace Starlette.Broadcast.Internal;

/// <summary>The broadcast's log messages.</summary>
internal static partial class BroadcastLog
{
    [LoggerMessage(1, LogLevel.Warning, "The broadcast backend connection was lost; messages published until it comes back will not be delivered to this instance.")]
    public static partial void ConnectionLost(ILogger logger, Exception? error);

    [LoggerMessage(2, LogLevel.Warning, "The broadcast backend connection is back after {Seconds:0.###} s; {Subscriptions} subscription(s) may have missed messages published meanwhile.")]
    public static partial void ConnectionRestored(ILogger logger, double seconds, int subscriptions);

    [LoggerMessage(3, LogLevel.Warning, "A subscriber of '{Channel}' fell more than {Capacity} messages behind: its subscription was ended.")]
    public static partial void SlowConsumerEnded(ILogger logger, string channel, int capacity);

    [LoggerMessage(4, LogLevel.Warning, "Resuming '{Channel}' after id '{After}': the history may not reach back that far, messages may be missing.")]
    public static partial void HistoryIncomplete(ILogger logger, string channel, string after);

    [LoggerMessage(5, LogLevel.Error, "A handler of MessagesMayHaveBeenMissed threw.")]
    public static partial void GapHandlerFailed(ILogger logger, Exception error);

    [LoggerMessage(6, LogLevel.Warning, "Unsubscribing '{Channel}' from the backend failed.")]
    public static partial void UnsubscribeFailed(ILogger logger, string channel, Exception error);
}
