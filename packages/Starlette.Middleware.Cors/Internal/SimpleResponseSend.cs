using Starlette.Types;

namespace Starlette.Middleware.Cors;

/// <summary>
/// The <c>send</c> the app gets for a cross-origin request that is not a preflight (upstream's
/// <c>CORSMiddleware.send</c>): it adds the CORS headers to <c>http.response.start</c>, in place, and passes every
/// message on. One per request.
/// </summary>
internal sealed class SimpleResponseSend(CorsPolicy policy, string origin, Send inner)
{
    public ValueTask SendAsync(AsgiMessage message)
    {
        if (message is HttpResponseStartMessage start) Apply(start.Headers);
        return inner(message);
    }

    // Upstream sets its precomputed headers ("*" when any origin is allowed, credentials, exposed headers), then
    // replaces "*" with the origin itself when credentials are allowed, or names an allowed origin from the list or
    // pattern, and adds Origin to Vary whenever it names the origin. Setting the origin straight away where "*"
    // would have gone gives the same headers in the same order.
    private void Apply(List<HttpHeader> headers)
    {
        var nameOrigin = policy.AllowAllOrigins ? policy.AllowCredentials : policy.IsAllowedOrigin(origin);
        if (policy.AllowAllOrigins) HeaderListEditor.Set(headers, CorsHeaderNames.AllowOrigin, nameOrigin ? origin : "*");
        if (policy.AllowCredentials) HeaderListEditor.Set(headers, CorsHeaderNames.AllowCredentials, "true");
        if (policy.ExposeHeaders is { } expose) HeaderListEditor.Set(headers, CorsHeaderNames.ExposeHeaders, expose);
        if (nameOrigin)
        {
            if (!policy.AllowAllOrigins) HeaderListEditor.Set(headers, CorsHeaderNames.AllowOrigin, origin);
            HeaderListEditor.AddVaryOrigin(headers);
        }
    }
}
