using Starlette.Requests;

namespace Starlette.Authentication;

/// <summary>
/// Authenticates a connection for <see cref="AuthenticationMiddleware"/> (upstream's <c>AuthenticationBackend</c>):
/// reads whatever it needs from the connection (headers, cookies, session) and returns credentials and a user, or
/// <see langword="null"/> when the connection carries no authentication at all.
/// </summary>
/// <remarks>
/// Throw <see cref="AuthenticationException"/> for authentication that is present but invalid: the middleware
/// answers it with its error handler (a 400 by default) without calling the app. Other exceptions propagate.
/// </remarks>
/// <example>
/// <code>
/// sealed class HeaderTokenBackend : IAuthenticationBackend
/// {
///     public ValueTask&lt;AuthenticationResult?&gt; AuthenticateAsync(HttpConnection connection) =>
///         ValueTask.FromResult(connection.Headers.Get("x-token") is "letmein"
///             ? new AuthenticationResult(new AuthCredentials(["authenticated"]), new SimpleUser("token-user"))
///             : null);
/// }
/// </code>
/// </example>
public interface IAuthenticationBackend
{
    /// <summary>Authenticates the connection.</summary>
    /// <param name="connection">The HTTP request or WebSocket connection (not yet accepted).</param>
    /// <returns>The credentials and user, or <see langword="null"/> for an unauthenticated connection.</returns>
    /// <exception cref="AuthenticationException">The connection's authentication is invalid.</exception>
    ValueTask<AuthenticationResult?> AuthenticateAsync(HttpConnection connection);
}
