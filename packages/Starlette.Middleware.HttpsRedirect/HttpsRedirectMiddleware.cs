using Starlette.Types;

namespace Starlette.Middleware.HttpsRedirect;

/// <summary>
/// Enforces secure schemes (upstream's <c>HTTPSRedirectMiddleware</c>): every <c>http</c> request and <c>ws</c>
/// WebSocket gets a 307 to the same URL over <c>https</c> or <c>wss</c> (a denial response for a WebSocket). Port 80
/// or 443 is dropped from the target, any other port kept; path and query are preserved. Requests already on a
/// secure scheme, and lifespan scopes, pass through.
/// </summary>
/// <example>
/// <code>
/// AsgiApp app = HttpsRedirectMiddleware.Wrap(inner);
/// </code>
/// </example>
public static class HttpsRedirectMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "HttpsRedirectMiddleware";

    private static readonly MiddlewareDescriptor Descriptor = new(Name, Wrap);

    /// <summary>Describes the middleware for an application's middleware list. It has no options.</summary>
    /// <returns>The descriptor.</returns>
    public static MiddlewareDescriptor Create() => Descriptor;

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app to call for requests on a secure scheme.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <see langword="null"/>.</exception>
    public static AsgiApp Wrap(AsgiApp next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new HttpsRedirectHandler(next).InvokeAsync;
    }
}
