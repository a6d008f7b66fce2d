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

        var found = CorsRequestHeaders.Find(scope.Headers, isOptions: string.Equals(scope.Method, "OPTIONS", StringComparison.Ordinal));
        if (found.Origin is not { } origin) return next(scope, receive, send);

        if (found.RequestMethod is { } requestMethod)
        {
            var preflight = new PreflightRequest(origin, requestMethod, found.RequestHeaders, found.RequestPrivateNetwork);
            return PreflightResponder.RespondAsync(policy, preflight, send);
        }

        return next(scope, receive, new SimpleResponseSend(policy, origin, send).SendAsync);
    }
}
