using System.Globalization;
using System.Threading.RateLimiting;
using Starlette.Types;

namespace Starlette.Middleware.RateLimiting;

/// <summary>
/// Answers a refused connection: an HTTP request gets the rejection status with its reason phrase as a plain-text body
/// and <c>Retry-After</c> (whole seconds, rounded up) when the lease says when to retry; a WebSocket session is closed
/// before accept (the host refuses the handshake with a 403).
/// </summary>
internal static class Rejection
{
    public static async ValueTask SendAsync(RateLimitPolicy policy, RateLimitLease lease, Scope scope, Send send)
    {
        if (scope.Type == ScopeType.WebSocket)
        {
            await send(new WebSocketCloseMessage(policy.WebSocketRejectionCloseCode)).ConfigureAwait(false);
            return;
        }

        var body = System.Text.Encoding.UTF8.GetBytes(Status.GetReasonPhrase(policy.RejectionStatusCode) ?? "Too Many Requests");
        var headers = new List<HttpHeader>(3)
        {
            new("content-length", body.Length.ToString(CultureInfo.InvariantCulture)),
            new("content-type", "text/plain; charset=utf-8"),
        };
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
            headers.Add(new("retry-after", seconds.ToString(CultureInfo.InvariantCulture)));
        }

        await send(new HttpResponseStartMessage(policy.RejectionStatusCode, headers)).ConfigureAwait(false);
        await send(new HttpResponseBodyMessage(body)).ConfigureAwait(false);
    }
}
