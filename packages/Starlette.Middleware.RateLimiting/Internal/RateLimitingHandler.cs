using System.Threading.RateLimiting;
using Starlette.Types;

namespace Starlette.Middleware.RateLimiting;

/// <summary>
/// The middleware itself: one permit per HTTP request or WebSocket session, taken before the app runs (waiting in
/// the limiter's queue if it has one) and returned when the app is done; a refusal is answered by
/// <see cref="Rejection"/>. Lifespan scopes pass through.
/// </summary>
internal sealed class RateLimitingHandler(AsgiApp next, RateLimitPolicy policy)
{
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        if (scope.Type is not (ScopeType.Http or ScopeType.WebSocket)) return next(scope, receive, send);
        var lease = policy.Limiter.AttemptAcquire(scope);
        if (lease.IsAcquired) return RunAsync(lease, scope, receive, send);
        lease.Dispose();
        return QueueOrRejectAsync(scope, receive, send);
    }

    private async ValueTask QueueOrRejectAsync(Scope scope, Receive receive, Send send)
    {
        RateLimitLease lease;
        try
        {
            lease = await policy.Limiter.AcquireAsync(scope, 1, scope.Aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (scope.Aborted.IsCancellationRequested)
        {
            return; // the client left while queued: nobody to answer
        }

        if (!lease.IsAcquired)
        {
            using (lease) await Rejection.SendAsync(policy, lease, scope, send).ConfigureAwait(false);
            return;
        }

        await RunAsync(lease, scope, receive, send).ConfigureAwait(false);
    }

    private async ValueTask RunAsync(RateLimitLease lease, Scope scope, Receive receive, Send send)
    {
        using (lease) await next(scope, receive, send).ConfigureAwait(false);
    }
}
