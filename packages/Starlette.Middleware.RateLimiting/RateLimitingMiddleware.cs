using Starlette.Types;

namespace Starlette.Middleware.RateLimiting;

/// <summary>
/// Limits how many HTTP requests and WebSocket sessions the app runs, with a
/// <see cref="System.Threading.RateLimiting.PartitionedRateLimiter{TResource}"/> over the scope. Each connection takes
/// one permit before the app runs and returns it when the app is done (so a concurrency limit covers a streamed
/// response and a whole WebSocket session). A refused request gets a 429 <c>Too Many Requests</c> with
/// <c>Retry-After</c> when the limiter says when to retry; a refused WebSocket session is closed before accept.
/// </summary>
/// <example>
/// <code>
/// var limiter = ScopeRateLimiters.TokenBucket(RateLimitPartitionKeys.ClientAddress, new TokenBucketRateLimiterOptions
/// {
///     TokenLimit = 20, TokensPerPeriod = 10, ReplenishmentPeriod = TimeSpan.FromSeconds(1),
/// });
/// AsgiApp app = RateLimitingMiddleware.Wrap(inner, new RateLimitingOptions { Limiter = limiter });
/// </code>
/// </example>
public static class RateLimitingMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "RateLimitingMiddleware";

    /// <summary>Describes the middleware for an application's middleware list.</summary>
    /// <param name="options">What to limit.</param>
    /// <returns>The descriptor; every app it wraps shares the limiter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="RateLimitingOptions.Limiter"/> is not set, or a rejection status or close code is out of range.</exception>
    public static MiddlewareDescriptor Create(RateLimitingOptions options)
    {
        var policy = new RateLimitPolicy(options);
        return new MiddlewareDescriptor(Name, next => new RateLimitingHandler(next, policy).InvokeAsync, options);
    }

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app to limit.</param>
    /// <param name="options">What to limit.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="RateLimitingOptions.Limiter"/> is not set, or a rejection status or close code is out of range.</exception>
    public static AsgiApp Wrap(AsgiApp next, RateLimitingOptions options)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new RateLimitingHandler(next, new RateLimitPolicy(options)).InvokeAsync;
    }
}
