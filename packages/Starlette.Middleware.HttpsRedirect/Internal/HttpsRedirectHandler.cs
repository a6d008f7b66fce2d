using Starlette.Datastructures;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Middleware.HttpsRedirect;

/// <summary>
/// The middleware itself (upstream's <c>HTTPSRedirectMiddleware.__call__</c>): the request's URL as upstream's
/// <c>URL(scope=...)</c> builds it, with the secure scheme and, for port 80 or 443, the bare host name (lowercased,
/// as Python's <c>hostname</c> is), sent as a 307. A port outside 0-65535 in the <c>Host</c> header throws
/// <see cref="FormatException"/> ("Port out of range 0-65535"), as upstream's <c>ValueError</c>; a request with
/// neither a usable <c>Host</c> header nor a server address throws <see cref="InvalidOperationException"/>.
/// </summary>
internal sealed class HttpsRedirectHandler(AsgiApp next)
{
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        if (scope.Type is not (ScopeType.Http or ScopeType.WebSocket) || scope.Scheme is not ("http" or "ws"))
            return next(scope, receive, send);

        var url = Url.FromScope(scope);
        var secureScheme = url.Scheme switch
        {
            "http" => "https",
            "ws" => "wss",
            // Upstream fails here too (a KeyError): without a host the URL is relative, and has no scheme.
            _ => throw new InvalidOperationException("Cannot redirect to a secure scheme: the request has neither a usable host header nor a server address."),
        };
        var netloc = url.Port is 80 or 443 ? url.Hostname ?? "" : url.Netloc;
        var target = url.Replace(scheme: secureScheme, netloc: netloc);
        return new RedirectResponse(target.ToString(), Status.Http307TemporaryRedirect).ExecuteAsync(scope, receive, send);
    }
}
