using Microsoft.Extensions.Logging;

namespace Starlette.Broadcast.Postgres.Internal;

/// <summary>The PostgreSQL backend's log messages.</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(1, LogLevel.Warning, "Lost the PostgreSQL LISTEN connection; reconnecting every {DelayMs} ms.")]
    public static partial void ConnectionLost(ILogger logger, double delayMs, Exception error);

    [LoggerMessage(2, LogLevel.Information, "The PostgreSQL LISTEN connection is back.")]
    public static partial void ConnectionRestored(ILogger logger);

    [LoggerMessage(3, LogLevel.Warning, "Dropped a malformed notification on '{NotifyChannel}'.")]
    public static partial void Malformed(ILogger logger, string notifyChannel);
}
