using System.Threading.RateLimiting;
using Starlette.Types;

namespace Starlette.Middleware.RateLimiting;

/// <summary>The options, checked: the limiter and how refusals are answered.</summary>
internal sealed class RateLimitPolicy
{
    public RateLimitPolicy(RateLimitingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Limiter = options.Limiter ?? throw new ArgumentException("RateLimitingOptions.Limiter must be set.", nameof(options));
        if (options.RejectionStatusCode is < 400 or > 599)
            throw new ArgumentException($"RejectionStatusCode must be a 4xx or 5xx status, not {options.RejectionStatusCode}.", nameof(options));
        if (options.WebSocketRejectionCloseCode is < 1000 or > 4999)
            throw new ArgumentException($"WebSocketRejectionCloseCode must be a close code (1000-4999), not {options.WebSocketRejectionCloseCode}.", nameof(options));
        RejectionStatusCode = options.RejectionStatusCode;
        WebSocketRejectionCloseCode = options.WebSocketRejectionCloseCode;
    }

    public PartitionedRateLimiter<Scope> Limiter { get; }

    public int RejectionStatusCode { get; }

    public int WebSocketRejectionCloseCode { get; }
}
