using Microsoft.Extensions.Logging;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>The middleware's log messages, source-generated.</summary>
internal static partial class SessionLog
{
    /// <summary>The largest cookie (name, value and attributes) browsers are required to keep.</summary>
    public const int BrowserCookieLimit = 4096;

    [LoggerMessage(1, LogLevel.Warning, "The '{Cookie}' session cookie is {Length} bytes, more than the 4096 bytes browsers keep: the browser will probably drop it. Store less in the session.")]
    public static partial void CookieTooLarge(ILogger logger, string cookie, int length);
}
