using Starlette.Common;
using Starlette.Types;

namespace Starlette.Middleware.Cors;

/// <summary>
/// The <c>send</c> the app gets for a cross-origin request that is not a preflight (upstream's
/// <c>CORSMiddleware.send</c>): it adds the CORS headers to <c>http.response.start</c> and passes every message on.
/// One per request.
/// </summary>
/// <remarks>
/// The headers are edited in a copy sent in a new start message, never in the app's own list: an app may send the
/// same list for every request (a cached response does), and editing it in place would carry one request's
/// origin into the next and grow <c>vary</c> each time.
/// </remarks>
internal sealed class SimpleResponseSend(CorsPolicy policy, string origin, Send inner)
{
    public ValueTask SendAsync(AsgiMessage message)
    {
        if (message is HttpResponseStartMessage start) message = WithCorsHeaders(start);
        return inner(message);
    }

    // Upstream sets its precomputed headers ("*" when any origin is allowed, credentials, exposed headers), then
    // replaces "*" with the origin itself when credentials are allowed, or names an allowed origin from the list or
    // pattern, and adds Origin to Vary whenever it names the origin. Setting the origin straight away where "*"
    // would have gone gives the same headers in the same order.
    private HttpResponseStartMessage WithCorsHeaders(HttpResponseStartMessage start)
    {
        var nameOrigin = policy.AllowAllOrigins ? policy.AllowCredentials : policy.IsAllowedOrigin(origin);
        // The most headers the edits below can add: the copy is allocated once, at its final size.
        var added = (policy.AllowAllOrigins || nameOrigin ? 1 : 0) + (nameOrigin ? 1 : 0) + (policy.AllowCredentials ? 1 : 0) + (policy.ExposeHeaders is null ? 0 : 1);
        if (added == 0) return start;

        var headers = new List<HttpHeader>(start.Headers.Count + added);
        headers.AddRange(start.Headers);
        if (policy.AllowAllOrigins) HeaderList.Set(headers, CorsHeaderNames.AllowOrigin, nameOrigin ? origin : "*");
        if (policy.AllowCredentials) HeaderList.Set(headers, CorsHeaderNames.AllowCredentials, "true");
        if (policy.ExposeHeaders is { } expose) HeaderList.Set(headers, CorsHeaderNames.ExposeHeaders, expose);
        if (nameOrigin)
        {
            if (!policy.AllowAllOrigins) HeaderList.Set(headers, CorsHeaderNames.AllowOrigin, origin);
            HeaderList.AddVary(headers, "Origin");
        }

        return new HttpResponseStartMessage(start.Status, headers, start.Trailers);
    }
}
