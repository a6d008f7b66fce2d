using Starlette.Datastructures;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Middleware.TrustedHost;

/// <summary>
/// The middleware itself (upstream's <c>TrustedHostMiddleware.__call__</c>): takes the first <c>Host</c> header up
/// to its first colon and lets the request through, redirects it to the <c>www.</c> host, or refuses it. Lifespan
/// scopes, and every scope when any host is allowed, pass through.
/// </summary>
internal sealed class TrustedHostHandler(AsgiApp next, TrustedHostPolicy policy)
{
    private const string InvalidHostText = "Invalid host header";

    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        if (policy.AllowAny || scope.Type is not (ScopeType.Http or ScopeType.WebSocket)) return next(scope, receive, send);

        var host = HostWithoutPort(scope.Headers);
        return policy.Judge(host) switch
        {
            HostVerdict.Allowed => next(scope, receive, send),
            HostVerdict.RedirectToWww => WwwRedirect(scope).ExecuteAsync(scope, receive, send),
            _ => new PlainTextResponse(InvalidHostText, Status.Http400BadRequest).ExecuteAsync(scope, receive, send),
        };
    }

    // The URL the request was made to, with "www." in front of its authority; a 307 to it.
    private static RedirectResponse WwwRedirect(Scope scope)
    {
        var url = Url.FromScope(scope);
        return new RedirectResponse(url.Replace(netloc: "www." + url.Netloc).ToString());
    }

    // The first host header (empty when there is none), up to its first colon: upstream's split(":")[0], which
    // also cuts a bracketed IPv6 address short.
    private static ReadOnlySpan<char> HostWithoutPort(IReadOnlyList<HttpHeader> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (!string.Equals(headers[i].Name, "host", StringComparison.Ordinal)) continue;
            var host = headers[i].Value.AsSpan();
            var colon = host.IndexOf(':');
            return colon < 0 ? host : host[..colon];
        }

        return [];
    }
}
