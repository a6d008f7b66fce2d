using Starlette.Types;

namespace Starlette.Middleware.Cors;

/// <summary>
/// The middleware itself (upstream's <c>CORSMiddleware.__call__</c>): requests without an <c>Origin</c> and
/// non-HTTP scopes pass through untouched, preflights are answered here, and every other request goes to the app
/// with a <c>send</c> that adds the CORS headers to its response.
/// </summary>
internal sealed class CorsHandler(AsgiApp next, CorsPolicy policy)
{
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        if (scope.Type != ScopeType.Http) return next(scope, receive, send);

        var isOptions = string.Equals(scope.Method, "OPTIONS", StringComparison.Ordinal);
        string? origin = null, requestMethod = null, requestHeaders = null, privateNetwork = null;
        var headers = scope.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            switch (header.Name)
            {
                case CorsHeaderNames.Origin:
                    origin ??= header.Value;
                    break;
                case CorsHeaderNames.RequestMethod when isOptions:
                    requestMethod ??= header.Value;
                    break;
                case CorsHeaderNames.RequestHeaders when isOptions:
                    requestHeaders ??= header.Value;
                    break;
                case CorsHeaderNames.RequestPrivateNetwork when isOptions:
                    privateNetwork ??= header.Value;
                    break;
            }
        }

        if (origin is null) return next(scope, receive, send);

        if (requestMethod is not null)
            return PreflightResponder.RespondAsync(policy, new PreflightRequest(origin, requestMethod, requestHeaders, privateNetwork), send);

        return next(scope, receive, new SimpleResponseSend(policy, origin, send).SendAsync);
    }
}
