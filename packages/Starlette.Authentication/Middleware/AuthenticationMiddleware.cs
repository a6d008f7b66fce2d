using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Authentication;

/// <summary>
/// Authenticates every HTTP and WebSocket connection with a backend (upstream's <c>AuthenticationMiddleware</c>)
/// and stores the outcome in the scope: <see cref="AuthCredentials"/> under <see cref="ScopeItemKeys.Auth"/> and a
/// <see cref="BaseUser"/> under <see cref="ScopeItemKeys.User"/> (<see cref="UnauthenticatedUser"/> and no scopes when the
/// backend returns <see langword="null"/>), where <see cref="HttpConnection.Auth"/> and
/// <see cref="HttpConnection.User"/> (typed: <see cref="HttpConnectionAuthExtensions.GetUser"/>) read them.
/// Lifespan scopes pass through.
/// </summary>
/// <remarks>
/// A backend's <see cref="AuthenticationException"/> goes to the error handler and the app is not called: an HTTP
/// request gets the handler's response (default: 400, the message as plain text); a WebSocket is closed with code
/// 1000 (the handler runs, its response is not sent), as upstream does.
/// </remarks>
/// <example>
/// <code>
/// var app = new StarletteApp(
///     routes: [new Route("/", Homepage)],
///     middleware: [AuthenticationMiddleware.Create(new BasicAuthBackend())]);
/// </code>
/// </example>
public static class AuthenticationMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "AuthenticationMiddleware";

    /// <summary>Describes the middleware for an application's middleware list.</summary>
    /// <param name="options">The backend and error handler; read once, here.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its backend is <see langword="null"/>.</exception>
    public static Types.Middleware Create(AuthenticationOptions options)
    {
        var settings = AuthenticationSettings.From(options);
        return new Types.Middleware(Name, next => new AuthenticationHandler(next, settings).InvokeAsync, options);
    }

    /// <summary>Describes the middleware for an application's middleware list.</summary>
    /// <param name="backend">Authenticates each connection.</param>
    /// <param name="onError">Answers an <see cref="AuthenticationException"/>; default <see cref="DefaultOnError"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="backend"/> is <see langword="null"/>.</exception>
    public static Types.Middleware Create(IAuthenticationBackend backend, Func<HttpConnection, AuthenticationException, Response>? onError = null) =>
        Create(new AuthenticationOptions { Backend = backend, OnError = onError });

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app that gets authenticated connections.</param>
    /// <param name="options">The backend and error handler; read once, here.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException">An argument or the backend is <see langword="null"/>.</exception>
    public static AsgiApp Wrap(AsgiApp next, AuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new AuthenticationHandler(next, AuthenticationSettings.From(options)).InvokeAsync;
    }

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app that gets authenticated connections.</param>
    /// <param name="backend">Authenticates each connection.</param>
    /// <param name="onError">Answers an <see cref="AuthenticationException"/>; default <see cref="DefaultOnError"/>.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> or <paramref name="backend"/> is <see langword="null"/>.</exception>
    public static AsgiApp Wrap(AsgiApp next, IAuthenticationBackend backend, Func<HttpConnection, AuthenticationException, Response>? onError = null) =>
        Wrap(next, new AuthenticationOptions { Backend = backend, OnError = onError });

    /// <summary>The default error handler (upstream's <c>default_on_error</c>): 400 with the exception's message as plain text.</summary>
    /// <param name="connection">The connection that failed to authenticate.</param>
    /// <param name="exception">What the backend threw.</param>
    /// <returns>The response.</returns>
    public static Response DefaultOnError(HttpConnection connection, AuthenticationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(connection);
        return new PlainTextResponse(exception.Message, Status.Http400BadRequest);
    }
}
