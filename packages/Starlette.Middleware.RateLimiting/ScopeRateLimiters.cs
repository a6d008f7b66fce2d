using System.Threading.RateLimiting;
using Starlette.Types;

namespace Starlette.Middleware.RateLimiting;

/// <summary>
/// Builds the BCL's partitioned limiters over a scope: one limiter of the given kind per partition key (client
/// address, user, API key, ...), each created on first use with the same options.
/// </summary>
public static class ScopeRateLimiters
{
    /// <summary>At most <see cref="FixedWindowRateLimiterOptions.PermitLimit"/> connections per window and partition.</summary>
    /// <param name="partitionKey">The partition of a scope (see <see cref="RateLimitPartitionKeys"/>).</param>
    /// <param name="options">The limit of each partition.</param>
    /// <returns>The limiter; dispose it when the app shuts down.</returns>
    public static PartitionedRateLimiter<Scope> FixedWindow(Func<Scope, string> partitionKey, FixedWindowRateLimiterOptions options) =>
        Create(partitionKey, options, (key, o) => RateLimitPartition.GetFixedWindowLimiter(key, _ => o));

    /// <summary>At most <see cref="SlidingWindowRateLimiterOptions.PermitLimit"/> connections per sliding window and partition.</summary>
    /// <param name="partitionKey">The partition of a scope (see <see cref="RateLimitPartitionKeys"/>).</param>
    /// <param name="options">The limit of each partition.</param>
    /// <returns>The limiter; dispose it when the app shuts down.</returns>
    public static PartitionedRateLimiter<Scope> SlidingWindow(Func<Scope, string> partitionKey, SlidingWindowRateLimiterOptions options) =>
        Create(partitionKey, options, (key, o) => RateLimitPartition.GetSlidingWindowLimiter(key, _ => o));

    /// <summary>A token bucket per partition: bursts up to the bucket's size, refilled at a steady rate.</summary>
    /// <param name="partitionKey">The partition of a scope (see <see cref="RateLimitPartitionKeys"/>).</param>
    /// <param name="options">The bucket of each partition.</param>
    /// <returns>The limiter; dispose it when the app shuts down.</returns>
    public static PartitionedRateLimiter<Scope> TokenBucket(Func<Scope, string> partitionKey, TokenBucketRateLimiterOptions options) =>
        Create(partitionKey, options, (key, o) => RateLimitPartition.GetTokenBucketLimiter(key, _ => o));

    /// <summary>
    /// At most <see cref="ConcurrencyLimiterOptions.PermitLimit"/> connections running at once per partition: the
    /// permit is held until the app is done with the request (a streamed response included) or the WebSocket session.
    /// </summary>
    /// <param name="partitionKey">The partition of a scope (see <see cref="RateLimitPartitionKeys"/>).</param>
    /// <param name="options">The limit of each partition.</param>
    /// <returns>The limiter; dispose it when the app shuts down.</returns>
    public static PartitionedRateLimiter<Scope> Concurrency(Func<Scope, string> partitionKey, ConcurrencyLimiterOptions options) =>
        Create(partitionKey, options, (key, o) => RateLimitPartition.GetConcurrencyLimiter(key, _ => o));

    private static PartitionedRateLimiter<Scope> Create<TOptions>(Func<Scope, string> partitionKey, TOptions options, Func<string, TOptions, RateLimitPartition<string>> partition)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(options);
        return PartitionedRateLimiter.Create<Scope, string>(scope => partition(partitionKey(scope), options));
    }
}
