using System.Threading.RateLimiting;
using Starlette.Types;

namespace Starlette.Middleware.RateLimiting;

/// <summary>
/// What <see cref="RateLimitingMiddleware"/> limits. The middleware reads the options once, when it is built: later
/// changes have no effect on it. It does not own <see cref="Limiter"/>: dispose it when the app shuts down.
/// </summary>
/// <example>
/// <code>
/// var options = new RateLimitingOptions
/// {
///     // 100 requests a minute per client address
///     Limiter = ScopeRateLimiters.FixedWindow(RateLimitPartitionKeys.ClientAddress,
///         new FixedWindowRateLimiterOptions { PermitLimit = 100, Window = TimeSpan.FromMinutes(1) }),
/// };
/// </code>
/// </example>
public sealed class RateLimitingOptions
{
    /// <summary>
    /// The limiter every HTTP request and WebSocket session takes one permit from, partitioned as it likes
    /// (<see cref="ScopeRateLimiters"/> builds the usual ones; <see cref="PartitionedRateLimiter.CreateChained{TResource}"/>
    /// combines several). A request waits in the limiter's queue when it has one. Required.
    /// </summary>
    public PartitionedRateLimiter<Scope>? Limiter { get; set; }

    /// <summary>The status of a refused HTTP request. Default: 429 Too Many Requests.</summary>
    public int RejectionStatusCode { get; set; } = Status.Http429TooManyRequests;

    /// <summary>
    /// The close code a refused WebSocket session gets (sent before accept, so the client sees the handshake
    /// refused with a 403). Default: 1013 Try Again Later.
    /// </summary>
    public int WebSocketRejectionCloseCode { get; set; } = Status.Ws1013TryAgainLater;

    /// <summary>Describes the options.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"RateLimitingOptions {{ Limiter = {Limiter?.GetType().Name ?? "none"}, RejectionStatusCode = {RejectionStatusCode}, WebSocketRejectionCloseCode = {WebSocketRejectionCloseCode} }}";
}
