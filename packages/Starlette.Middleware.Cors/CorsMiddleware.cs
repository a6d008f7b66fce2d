using Starlette.Types;

namespace Starlette.Middleware.Cors;

/// <summary>
/// Cross-origin resource sharing (upstream's <c>CORSMiddleware</c>): answers preflight requests itself and adds the
/// <c>Access-Control-*</c> headers to the app's responses to cross-origin requests. Requests without an
/// <c>Origin</c> header, and WebSocket and lifespan scopes, pass through untouched.
/// </summary>
/// <example>
/// <code>
/// AsgiApp app = CorsMiddleware.Wrap(inner, new CorsOptions { AllowOrigins = ["https://example.org"] });
/// // or, in an application's middleware list:
/// MiddlewareDescriptor cors = CorsMiddleware.Create(new CorsOptions { AllowOrigins = ["*"], AllowMethods = ["*"] });
/// </code>
/// </example>
public static class CorsMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "CorsMiddleware";

    /// <summary>Describes the middleware for an application's middleware list.</summary>
    /// <param name="options">What to allow. Read once, here: later changes have no effect.</param>
    /// <returns>The descriptor; every app it wraps shares one policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A list is <see langword="null"/> or holds <see langword="null"/>, or <see cref="CorsOptions.AllowOriginRegex"/> is not a valid pattern.</exception>
    public static MiddlewareDescriptor Create(CorsOptions options)
    {
        var policy = new CorsPolicy(options);
        return new MiddlewareDescriptor(Name, next => new CorsHandler(next, policy).InvokeAsync, options);
    }

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app to call for requests that are not preflights.</param>
    /// <param name="options">What to allow. Read once, here: later changes have no effect.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A list is <see langword="null"/> or holds <see langword="null"/>, or <see cref="CorsOptions.AllowOriginRegex"/> is not a valid pattern.</exception>
    public static AsgiApp Wrap(AsgiApp next, CorsOptions options)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new CorsHandler(next, new CorsPolicy(options)).InvokeAsync;
    }
}
