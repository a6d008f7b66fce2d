using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Starlette.Broadcast.Redis.Internal;

/// <summary>The Redis backend's log messages.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(1, LogLevel.Warning, "Lost the {ConnectionType} connection to Redis at {EndPoint} ({FailureType}); StackExchange.Redis reconnects by itself.")]
    public static partial void ConnectionLost(ILogger logger, ConnectionType connectionType, string? endPoint, ConnectionFailureType failureType, Exception? error);

    [LoggerMessage(2, LogLevel.Information, "The {ConnectionType} connection to Redis at {EndPoint} is back.")]
    public static partial void ConnectionRestored(ILogger logger, ConnectionType connectionType, string? endPoint);

    [LoggerMessage(3, LogLevel.Warning, "Dropped a malformed message on Redis channel '{Channel}'.")]
    public static partial void Malformed(ILogger logger, string channel);
}
