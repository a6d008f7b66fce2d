using Starlette.Types;

namespace Starlette.Routing;

/// <summary>
/// Limits the total size of an HTTP request body (upstream's <c>RequestBodyLimitMiddleware</c>, what
/// <c>max_body_size</c> on the application, <see cref="Router"/>, <see cref="Mount"/> and <see cref="Route"/> installs).
/// A declared <c>content-length</c> over the limit is answered 413 <c>Content Too Large</c> before the body is read
/// (or in place of a response the app starts without reading it); without one, the bytes are counted as they arrive.
/// Nested limits (an application's, then a route's) share one count, and the innermost limit reached wins, so a
/// route can raise or lower its application's. Past the limit after the response started, receiving throws
/// <see cref="HttpException"/> 413. Other scopes pass through untouched.
/// </summary>
/// <example>
/// <code>
/// AsgiApp app = RequestBodyLimitMiddleware.Wrap(inner, maxBodySize: 1024 * 1024);
/// </code>
/// </example>
public static class RequestBodyLimitMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "RequestBodyLimitMiddleware";

    internal const string ResponderItem = "starlette._body_limit_responder";

    /// <summary>Describes the middleware for a middleware list.</summary>
    /// <param name="maxBodySize">The largest body accepted, in bytes.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBodySize"/> is negative.</exception>
    public static Types.Middleware Create(long maxBodySize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBodySize);
        return new Types.Middleware(Name, next => Wrap(next, maxBodySize), maxBodySize);
    }

    /// <summary>Wraps <paramref name="next"/> in the limit.</summary>
    /// <param name="next">The app.</param>
    /// <param name="maxBodySize">The largest body accepted, in bytes.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBodySize"/> is negative.</exception>
    public static AsgiApp Wrap(AsgiApp next, long maxBodySize)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBodySize);
        return (scope, receive, send) => scope.Type == ScopeType.Http
            ? new BodyLimitResponder(next, maxBodySize).InvokeAsync(scope, receive, send)
            : next(scope, receive, send);
    }

    internal static AsgiApp Wrap(AsgiApp app, long? maxBodySize) => maxBodySize is { } limit ? Wrap(app, limit) : app;
}
